// Pools of names (people in several scripts, departments, companies, titles) the directory draws from.

import type { Random } from './prng.js';

/** A generated person: a display name in its own script and an ASCII handle for accounts and emails. */
export interface PersonName {
  /** Name as shown, in its own script (Han, Latin with diacritics, Cyrillic, Greek, Kana). */
  name: string;
  /** ASCII handle derived from the name, e.g. "wang.wei" or "jose.alvarez". */
  handle: string;
  /** English name, or null when the person has none. */
  englishName: string | null;
  /** Vendor country value for the phone number (e.g. "chinaPR"). */
  country: string;
  /** Country calling code, with "+". */
  callingCode: string;
}

type Pair = readonly [display: string, ascii: string];

const HAN_SURNAMES: readonly Pair[] = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'],
  ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'],
  ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['林', 'lin'],
  ['欧阳', 'ouyang'], ['司马', 'sima'],
];
const HAN_GIVEN: readonly Pair[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['秀英', 'xiuying'], ['敏', 'min'], ['静', 'jing'],
  ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'],
  ['艳', 'yan'], ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'],
  ['晓明', 'xiaoming'], ['子涵', 'zihan'], ['雨桐', 'yutong'], ['浩然', 'haoran'],
];
const LATIN_GIVEN: readonly Pair[] = [
  ['José', 'jose'], ['María', 'maria'], ['François', 'francois'], ['Zoë', 'zoe'], ['Jürgen', 'jurgen'],
  ['Ána', 'ana'], ['Søren', 'soren'], ['Łukasz', 'lukasz'], ['Inês', 'ines'], ['Hélène', 'helene'],
  ['Ægir', 'aegir'], ['Çağla', 'cagla'], ['Renée', 'renee'], ['João', 'joao'], ['Ömer', 'omer'],
  ['Lucy', 'lucy'], ['Anna', 'anna'], ['Nguyễn', 'nguyen'],
];
const LATIN_FAMILY: readonly Pair[] = [
  ['Álvarez', 'alvarez'], ['Müller', 'muller'], ['Lefèvre', 'lefevre'], ['Øster', 'oster'],
  ['Nowakowski', 'nowakowski'], ['Gonçalves', 'goncalves'], ['Şahin', 'sahin'], ['Dvořák', 'dvorak'],
  ['Hernández', 'hernandez'], ['Brontë', 'bronte'], ['Smith', 'smith'], ['Thị Hương', 'thihuong'],
];
const CYRILLIC: readonly Pair[] = [
  ['Анна Смирнова', 'anna.smirnova'], ['Иван Петров', 'ivan.petrov'], ['Ольга Кузнецова', 'olga.kuznetsova'],
  ['Дмитрий Соколов', 'dmitry.sokolov'], ['Наталья Попова', 'natalya.popova'],
];
const GREEK: readonly Pair[] = [
  ['Νίκος Παπαδόπουλος', 'nikos.papadopoulos'], ['Ελένη Γεωργίου', 'eleni.georgiou'],
];
const KANA: readonly Pair[] = [
  ['佐藤 はるか', 'sato.haruka'], ['鈴木 ケンタ', 'suzuki.kenta'], ['高橋 さくら', 'takahashi.sakura'],
];

const LATIN_COUNTRIES = [
  ['spain', '+34'], ['germany', '+49'], ['france', '+33'], ['brazil', '+55'], ['portugal', '+351'],
] as const;

/**
 * Picks a person's name from the built-in pools: about half Han (Chinese), the rest Latin
 * with diacritics, Cyrillic, Greek or Japanese.
 */
export function pickPersonName(random: Random): PersonName {
  const roll = random.next();
  if (roll < 0.5) {
    const [surname, surnameAscii] = random.pick(HAN_SURNAMES);
    const [given, givenAscii] = random.pick(HAN_GIVEN);
    return {
      name: surname + given,
      handle: `${surnameAscii}.${givenAscii}`,
      englishName: random.chance(0.4) ? `${capitalize(givenAscii)} ${capitalize(surnameAscii)}` : null,
      country: 'chinaPR',
      callingCode: '+86',
    };
  }
  if (roll < 0.8) {
    const [given, givenAscii] = random.pick(LATIN_GIVEN);
    const [family, familyAscii] = random.pick(LATIN_FAMILY);
    const [country, callingCode] = random.pick(LATIN_COUNTRIES);
    return { name: `${given} ${family}`, handle: `${givenAscii}.${familyAscii}`, englishName: `${givenAscii} ${familyAscii}`.replace(/\b\w/g, (c) => c.toUpperCase()), country, callingCode };
  }
  if (roll < 0.9) {
    const [name, handle] = random.pick(CYRILLIC);
    return { name, handle, englishName: null, country: 'russia', callingCode: '+7' };
  }
  if (roll < 0.95) {
    const [name, handle] = random.pick(GREEK);
    return { name, handle, englishName: null, country: 'greece', callingCode: '+30' };
  }
  const [name, handle] = random.pick(KANA);
  return { name, handle, englishName: null, country: 'japan', callingCode: '+81' };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Company names for external contacts' organisations, in several scripts. */
export const COMPANY_NAMES: readonly string[] = [
  '华为技术有限公司', '深圳云图科技', 'Société Générale d’Études', 'Müller & Söhne GmbH',
  'Construções Atlântico Lda.', 'ООО «Северный Ветер»', 'Ακρόπολη Α.Ε.', '株式会社さくら商事',
  'Acme Corporation', '北京数智未来有限公司',
];

/** Job titles in several scripts. */
export const JOB_TITLES: readonly string[] = [
  '工程师', '高级经理', '产品经理', 'Ingénieur', 'Directora comercial', 'Berater', 'Менеджер', 'Analyst',
];

/** Department names (Han and Latin) used to grow the department tree. */
export const DEPARTMENT_NAMES: readonly string[] = [
  '研发部', '市场部', '销售部', '财务部', '人力资源部', '法务部', '客户服务部', '云计算实验室',
  'Développement', 'Ventes Europe', 'Logística', 'Qualität', 'Support Élite', 'Operações',
];

/** Organisation names for BSS member accounts. */
export const ORGANIZATION_NAMES: readonly string[] = [
  'Level-1 organization', '华东区', '华南区', 'Europe Région', 'América Latina', '研发中心', 'Финансы',
];
