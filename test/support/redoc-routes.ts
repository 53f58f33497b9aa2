// Walks a hydrated reference page through Redoc's hash routes inside the page, in one
// `page.evaluate` per call: a route at a time, as a reader following links would, but without
// a round trip between the test and the browser for every step.
import type { Page } from 'playwright-core';

/** An operation to turn to, and the code-sample labels to choose in its samples panel's language switcher. */
export interface RouteVisit {
  /** A Redoc route, e.g. `/administrators/searchcorpadmins` (the hash without `#`). */
  route: string;
  labels?: string[];
}

/** What a route showed. */
export interface RenderedRoute {
  route: string;
  /** The text of the element whose id is the route, once Redoc has finished rendering it; undefined when none showed. */
  text?: string;
  /** For each label asked for, in order: the sample's text shown once it was chosen, or what a reader would miss. */
  samples: Array<{ label: string; shown?: string; problem?: string }>;
}

/**
 * Turns `page` to each route in turn and reports what it showed. A label is chosen the way a
 * reader does: the language switcher is clicked, then the label's item in the menu it opens;
 * each must be visible and, within two seconds, the first thing under the pointer at its centre
 * (as Playwright checks before a click). A chosen sample counts as shown when the switcher names
 * it and its code block is visible. The page is brought to the front first.
 * @example await renderRoutes(page, [{ route: '/administrators/searchcorpadmins', labels: ['curl'] }])
 */
export async function renderRoutes(page: Page, visits: RouteVisit[], timeout = 10_000): Promise<RenderedRoute[]> {
  // A page behind another one gets animation frames and idle time only now and then.
  await page.bringToFront();
  return page.evaluate(async ({ visits, timeout }) => {
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 200 }));
    /** The first truthy `find()`, checked once a frame, or undefined after `ms`. */
    const until = async <T>(find: () => T | undefined | null | false, ms: number): Promise<T | undefined> => {
      const end = performance.now() + ms;
      for (;;) {
        const found = find();
        if (found) return found;
        if (performance.now() > end) return undefined;
        await frame();
      }
    };
    const visible = (element: Element | null | undefined): element is HTMLElement =>
      !!element && element.checkVisibility({ visibilityProperty: true }) && element.getBoundingClientRect().width > 0;
    const underPointer = (element: HTMLElement) => {
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return !!hit && element.contains(hit);
    };
    /** Waits until Redoc has stopped adding to `element`: it has text, and nothing in it changed while the page was idle. */
    const settled = async (element: HTMLElement) => {
      let changed = true;
      const observer = new MutationObserver(() => { changed = true; });
      observer.observe(element, { subtree: true, childList: true, characterData: true });
      const end = performance.now() + timeout;
      while ((changed || !element.innerText.trim()) && performance.now() < end) {
        changed = false;
        await idle();
        await frame();
      }
      observer.disconnect();
    };

    const rendered: RenderedRoute[] = [];
    for (const { route, labels = [] } of visits) {
      location.hash = route;
      const section = await until(() => {
        const element = document.getElementById(route.slice(1));
        return visible(element) && element;
      }, timeout);
      if (!section) {
        rendered.push({ route, samples: labels.map((label) => ({ label, problem: 'the operation did not show' })) });
        continue;
      }
      await settled(section);
      const result: RenderedRoute = { route, text: section.innerText, samples: [] };
      rendered.push(result);
      const switcher = () => [...section.querySelectorAll<HTMLElement>('.panel-request-samples button[aria-haspopup="menu"]')].find((button) => labels.includes(button.innerText.trim()));
      const item = (label: string) => [...document.querySelectorAll<HTMLElement>('[role="menu"] [role="menuitem"]')].find((candidate) => visible(candidate) && candidate.innerText.trim() === label);
      for (const label of labels) {
        if (!visible(switcher())) {
          result.samples.push({ label, problem: 'no language switcher in the samples panel' });
          break;
        }
        const button = await until(() => { const found = switcher(); return found && underPointer(found) && found; }, 2_000);
        if (!button) {
          result.samples.push({ label, problem: 'the language switcher is covered' });
          break;
        }
        button.click();
        const opened = await until(() => button.getAttribute('aria-expanded') === 'true' && [...document.querySelectorAll('[role="menu"] [role="menuitem"]')].some(visible), 2_000);
        // Like Playwright's click, wait until the item is the first thing under the pointer (a menu still opening or closing may not be).
        const choice = opened && item(label) && (await until(() => { const found = item(label); return found && underPointer(found) && found; }, 2_000));
        if (!choice) {
          result.samples.push({ label, problem: item(label) ? `${label} is covered in the language switcher` : `${label} is not in the language switcher` });
          button.click();
          continue;
        }
        choice.click();
        const chosen = await until(() => switcher()?.innerText.trim() === label, 2_000);
        await frame();
        const code = switcher()?.closest('.panel-request-samples')?.querySelector('[data-component-name="CodeBlock/CodeBlockContainer"]');
        if (!chosen) result.samples.push({ label, problem: `the switcher does not show ${label} once chosen` });
        else if (!visible(code)) result.samples.push({ label, problem: `the ${label} sample is not visible` });
        else result.samples.push({ label, shown: code.innerText.trim() });
      }
    }
    return rendered;
  }, { visits, timeout });
}
