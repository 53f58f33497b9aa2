// Copy buttons of the code blocks (rendered hidden by docs/build/site/code-block.mjs, so that a
// reader without JavaScript sees no button that does nothing). A button copies its block's
// text exactly and says so in the block's status line, which screen readers announce.
(() => {
  for (const block of document.querySelectorAll('.code-block')) {
    const button = block.querySelector('.code-copy');
    const code = block.querySelector('pre code');
    const status = block.querySelector('.code-status');
    if (!button || !code || !status) continue;
    let reset;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const copied = await copyText(code.textContent ?? '', code);
      status.textContent = copied ? 'Copied' : 'Copy failed: select the text and copy it';
      button.textContent = copied ? 'Copied' : 'Copy';
      clearTimeout(reset);
      reset = setTimeout(() => {
        status.textContent = '';
        button.textContent = 'Copy';
      }, 2000);
    });
  }

  /** Writes text to the clipboard; where the Clipboard API is missing (plain http on a host
   * that is not localhost), selects the code and copies the selection instead. */
  async function copyText(text, element) {
    if (navigator.clipboard?.writeText) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        // fall through to the selection
      }
    }
    const selection = window.getSelection();
    if (!selection) return false;
    selection.selectAllChildren(element);
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      selection.removeAllRanges();
    }
  }
})();
