// @ts-check
// Photos chosen in the form are prepared before Decap sees them: renamed to a name the content
// check accepts, ending in their fingerprint (`DSC_0042.JPG` -> `dsc-0042-1e846fda.jpg`), and,
// when too large, scaled down and re-encoded in the browser. The editor is told what was done, in
// the form's language.

/** @typedef {{ longSide: number, bytes: number, jpegQuality: number }} PhotoLimits */
/** @typedef {{ renamed: string, resized: string, refused: string, close: string }} PhotoText */
/** @typedef {{ fileNames: FileNames, limits: PhotoLimits, text: PhotoText, intl: string }} PhotoSettings */
/** @typedef {Pick<typeof import('../../content-reader/file-names.ts'), 'textToSlug' | 'extensionOf' | 'imageExtensions'>} FileNames */

/** The most characters of words a photo's name keeps before its fingerprint. */
const longestWords = 60;

/**
 * `DSC_0042.JPG` -> `dsc-0042-1e846fda.jpg`: the name's words, then the photo's fingerprint
 * (photoFingerprint). Cameras and phones count their photos with the same names (every phone has
 * an `IMG_0001.JPG`), and a photo saved under the name of one already in content/images/ would
 * replace it, in every release that shows it, without a word: the fingerprint makes two different
 * photos two names, and the same photo one. A photo re-encoded here ends in `.jpg`.
 * @param {FileNames} fileNames @param {string} name @param {boolean} reencoded @param {string} fingerprint
 */
export function photoFileName(fileNames, name, reencoded, fingerprint) {
  const extension = fileNames.extensionOf(name);
  const words = fileNames.textToSlug(extension ? name.slice(0, -extension.length) : name) || 'photo';
  // A photo saved from this repository already ends in its fingerprint: it gets it once.
  const unprinted = words.endsWith(`-${fingerprint}`) ? words.slice(0, -fingerprint.length - 1) : words;
  // Cut between two words: most disks allow a file name 255 bytes, and every clone writes it.
  const cut = unprinted.slice(0, longestWords + 1);
  const short = unprinted.length <= longestWords ? unprinted : cut.includes('-') ? cut.replace(/-[^-]*$/, '') : cut.slice(0, -1);
  return `${short}-${fingerprint}${reencoded ? '.jpg' : extension === '.jpeg' ? '.jpg' : extension}`;
}

/**
 * The first 8 hex digits of the SHA-256 of a photo's bytes, as committed: enough that two
 * different photos of one newsroom never share it (one chance in four billion for a pair).
 * @param {ArrayBuffer} bytes
 */
export async function photoFingerprint(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 4)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * `text` with `{name}`-style holes filled.
 * @param {string} text @param {Record<string, string | number>} values
 */
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? `{${key}}`));

/**
 * A file's size as the editor's language writes it, with its unit: "12,3 Mo" or "48 ko" in
 * French, "12.3 MB" or "48 kB" in English. Below 0.1 MB, in kilobytes: "0,0 Mo" said nothing.
 * @param {number} bytes @param {string} intl
 */
export function fileSize(bytes, intl) {
  const megabytes = bytes >= 100_000;
  return new Intl.NumberFormat(intl, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    minimumFractionDigits: megabytes ? 1 : 0,
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1e6 : Math.max(1, bytes / 1e3));
}

/**
 * The note on a resized photo, its numbers written as the editor's language writes them (`intl`,
 * the language record's tag): "4 000 × 1 200 pixels, 2,4 Mo" in French, "4,000 × 1,200" in
 * English. It gives the size in pixels before and after: a photo can be too large in pixels alone.
 * @param {string} template @param {string} intl
 * @param {{ from: string, to: string, fromWidth: number, fromHeight: number, width: number, height: number, beforeBytes: number, afterBytes: number }} photo
 */
export function resizedNote(template, intl, { from, to, fromWidth, fromHeight, width, height, beforeBytes, afterBytes }) {
  const pixels = new Intl.NumberFormat(intl);
  return fill(template, {
    from,
    to,
    fromWidth: pixels.format(fromWidth),
    fromHeight: pixels.format(fromHeight),
    width: pixels.format(width),
    height: pixels.format(height),
    before: fileSize(beforeBytes, intl),
    after: fileSize(afterBytes, intl),
  });
}

/**
 * The photo as it will be committed: renamed, and scaled down when it is too large.
 * @param {File} file @param {PhotoSettings} settings
 * @returns {Promise<{ file: File, note: string }>}
 */
async function preparePhoto(file, { fileNames, limits, text, intl }) {
  const refusal = () => new Error(fill(text.refused, { name: file.name, extensions: fileNames.imageExtensions.join(', ') }));
  const extension = fileNames.extensionOf(file.name);
  if (!(/** @type {readonly string[]} */ (fileNames.imageExtensions).includes(extension))) throw refusal();
  const bitmap = await createImageBitmap(file).catch(() => {
    throw refusal();
  });
  const longSide = Math.max(bitmap.width, bitmap.height);
  const tooLarge = longSide > limits.longSide || file.size > limits.bytes;
  if (!tooLarge) {
    bitmap.close();
    const name = photoFileName(fileNames, file.name, false, await photoFingerprint(await file.arrayBuffer()));
    return {
      file: new File([file], name, { type: file.type }),
      note: name === file.name ? '' : fill(text.renamed, { from: file.name, to: name }),
    };
  }
  const scale = Math.min(1, limits.longSide / longSide);
  const [fromWidth, fromHeight] = [bitmap.width, bitmap.height];
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw refusal();
  // JPEG has no transparency: a PNG logo's transparent background would turn black, so it is drawn on white.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise((done) => canvas.toBlob(done, 'image/jpeg', limits.jpegQuality));
  if (!blob) throw refusal();
  const name = photoFileName(fileNames, file.name, true, await photoFingerprint(await blob.arrayBuffer()));
  return {
    file: new File([blob], name, { type: 'image/jpeg' }),
    note: resizedNote(text.resized, intl, {
      from: file.name,
      to: name,
      fromWidth,
      fromHeight,
      width: canvas.width,
      height: canvas.height,
      beforeBytes: file.size,
      afterBytes: blob.size,
    }),
  };
}

/**
 * A message in the page, read out by screen readers, with a button that closes it. It floats over
 * the form's corner, so a note on what was done (a status) goes by itself as soon as the editor is
 * back in a field of the form; a refusal (an alert) stays until it is closed.
 * @param {string} message @param {'status' | 'alert'} role @param {string} closeLabel
 */
function tellEditor(message, role, closeLabel) {
  let box = document.getElementById('photo-notes');
  if (!box) {
    box = document.createElement('div');
    box.id = 'photo-notes';
    document.body.append(box);
    document.addEventListener('focusin', ({ target }) => {
      // A field of the form: not the notes' own buttons, nor the media library's dialog the editor is still in.
      if (!(target instanceof HTMLElement) || target.closest('#photo-notes, [role="dialog"], .ReactModal__Content')) return;
      if (!target.matches('input, textarea, select, [contenteditable="true"]')) return;
      for (const note of document.querySelectorAll('#photo-notes [role="status"]')) note.remove();
    });
  }
  const note = document.createElement('div');
  note.setAttribute('role', role);
  note.className = role === 'alert' ? 'photo-note photo-note-refused' : 'photo-note';
  const text = document.createElement('p');
  text.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'photo-note-close';
  close.setAttribute('aria-label', closeLabel);
  close.textContent = '×';
  close.addEventListener('click', () => note.remove());
  note.append(text, close);
  box.append(note);
}

/** Change events this module sends itself, with the prepared files: let through. */
const preparedEvents = new WeakSet();

/**
 * Listens to every file input before Decap does, and hands Decap the prepared photos instead.
 * @param {PhotoSettings} settings
 */
export function preparePhotosBeforeUpload(settings) {
  document.addEventListener(
    'change',
    async (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length || preparedEvents.has(event)) return;
      event.stopImmediatePropagation();
      const transfer = new DataTransfer();
      for (const file of input.files) {
        try {
          const { file: prepared, note } = await preparePhoto(file, settings);
          transfer.items.add(prepared);
          if (note) tellEditor(note, 'status', settings.text.close);
        } catch (error) {
          tellEditor(error instanceof Error ? error.message : String(error), 'alert', settings.text.close);
        }
      }
      if (!transfer.files.length) return;
      input.files = transfer.files;
      const again = new Event('change', { bubbles: true });
      preparedEvents.add(again);
      input.dispatchEvent(again);
    },
    true,
  );
}
