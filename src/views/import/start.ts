/**
 * The import page's first script, all it loads before anything is given: it waits for text (a
 * paste, typing, a dropped or chosen file, one of the talk's reports, or a run in the link) and
 * only then loads the reader (show.ts: the parser, the charts, the dictionary).
 */
type Reader = typeof import('./show.ts');

export function startImporter(main: HTMLElement): void {
  let reader: Promise<Reader> | undefined;
  const load = () => (reader ??= import('./show.ts'));
  const form = main.querySelector<HTMLFormElement>('[data-form]')!;
  const box = form.querySelector('textarea')!;
  const file = form.querySelector<HTMLInputElement>('input[type="file"]')!;
  const date = form.querySelector<HTMLInputElement>('input[type="date"]')!;
  const status = main.querySelector<HTMLElement>('[data-status]')!;
  if (!date.value) {
    const now = new Date();
    date.value = new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  }
  form.addEventListener('submit', (event) => event.preventDefault());

  // Typing reads once a frame at most; a paste is one input event and is read at once.
  let frame = 0;
  const readBox = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (box.value.trim() === '') return;
      load().then((r) => r.showText(main, box.value, { date: date.value }));
    });
  };
  box.addEventListener('input', readBox);
  date.addEventListener('change', () => load().then((r) => r.changeDate(main, date.value)));

  const readFile = async (chosen: File) => {
    const text = await chosen.text();
    const r = await load();
    // A CSV can hold 100,000 rows: read it from the file, and leave the box as the reader left it.
    if (r.looksLikeCsv(text)) return r.showText(main, text, { date: date.value, file: chosen.name });
    box.value = text;
    return r.showText(main, text, { date: date.value, file: chosen.name });
  };
  file.addEventListener('change', () => file.files?.[0] && readFile(file.files[0]));
  box.addEventListener('dragover', (event) => event.preventDefault());
  box.addEventListener('drop', (event) => {
    const dropped = event.dataTransfer?.files[0];
    if (!dropped) return;
    event.preventDefault();
    readFile(dropped);
  });

  form.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-sample]');
    if (!button) return;
    const response = await fetch(`${main.dataset.base!}data/${button.dataset.sample}.txt`).catch(() => undefined);
    // Offline without the file kept: the box stays as it was.
    if (!response?.ok) return;
    box.value = await response.text();
    readBox();
  });

  main.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy]');
    if (!button) return;
    const source = main.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${button.dataset.copy}`)!;
    const said = main.querySelector<HTMLElement>('[data-copied]')!;
    try {
      await navigator.clipboard.writeText(source.value);
      said.textContent = button.dataset.done!;
    } catch {
      source.select();
      said.textContent = button.dataset.failed!;
    }
  });

  // A link's run: shown as soon as the page is, and again when the fragment changes.
  const readLink = () => {
    if (!/(^#|&)run=/.test(location.hash)) return;
    status.textContent = '';
    load().then((r) => r.showLink(main, location.hash));
  };
  addEventListener('hashchange', readLink);
  readLink();
  // Text already in the box when this script came (pasted while it loaded on a slow network, or
  // put back by the browser on returning to the page) had no input event of ours: read it now.
  if (!/(^#|&)run=/.test(location.hash)) readBox();
}
