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
  /** The handle without dots, the stem of generated accounts (e.g. "wangwei"). */
  stem: string;
  /**
   * Generated email addresses by number (`${handle}${n}@example.com`), made on first use and
   * shared by everyone with this handle, so a large directory holds each address once.
   */
  readonly emails: string[];
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

function person(name: string, handle: string, englishName: string | null, country: string, callingCode: string, emails: string[] = []): PersonName {
  return Object.freeze({ name, handle, englishName, country, callingCode, stem: handle.replace(/\./g, ''), emails });
}

/**
 * Every person the pools can give, built once and shared by the records (a large directory then
 * holds each name once): Han names with and without an English name, Latin names per country.
 */
let people: { han: PersonName[][][]; latin: PersonName[][][]; cyrillic: PersonName[]; greek: PersonName[]; kana: PersonName[] } | null = null;

function allPeople(): NonNullable<typeof people> {
  people ??= {
    han: HAN_SURNAMES.map(([surname, surnameAscii]) =>
      HAN_GIVEN.map(([given, givenAscii]) => {
        const emails: string[] = [];
        return [
          person(surname + given, `${surnameAscii}.${givenAscii}`, null, 'chinaPR', '+86', emails),
          person(surname + given, `${surnameAscii}.${givenAscii}`, `${capitalize(givenAscii)} ${capitalize(surnameAscii)}`, 'chinaPR', '+86', emails),
        ];
      }),
    ),
    latin: LATIN_GIVEN.map(([given, givenAscii]) =>
      LATIN_FAMILY.map(([family, familyAscii]) => {
        const emails: string[] = [];
        return LATIN_COUNTRIES.map(([country, callingCode]) => person(`${given} ${family}`, `${givenAscii}.${familyAscii}`, `${capitalize(givenAscii)} ${capitalize(familyAscii)}`, country, callingCode, emails));
      }),
    ),
    cyrillic: CYRILLIC.map(([name, handle]) => person(name, handle, null, 'russia', '+7')),
    greek: GREEK.map(([name, handle]) => person(name, handle, null, 'greece', '+30')),
    kana: KANA.map(([name, handle]) => person(name, handle, null, 'japan', '+81')),
  };
  return people;
}

/**
 * Picks a person's name from the built-in pools: about half Han (Chinese), the rest Latin
 * with diacritics, Cyrillic, Greek or Japanese. The person is shared: do not change it.
 */
export function pickPersonName(random: Random): PersonName {
  const pool = allPeople();
  const roll = random.next();
  if (roll < 0.5) {
    const surname = random.int(0, HAN_SURNAMES.length - 1);
    const given = random.int(0, HAN_GIVEN.length - 1);
    return pool.han[surname]![given]![random.chance(0.4) ? 1 : 0]!;
  }
  if (roll < 0.8) {
    const given = random.int(0, LATIN_GIVEN.length - 1);
    const family = random.int(0, LATIN_FAMILY.length - 1);
    return pool.latin[given]![family]![random.int(0, LATIN_COUNTRIES.length - 1)]!;
  }
  if (roll < 0.9) return random.pick(pool.cyrillic);
  if (roll < 0.95) return random.pick(pool.greek);
  return random.pick(pool.kana);
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
