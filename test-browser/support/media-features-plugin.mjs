// Test runner command `emulate-media-features`: sets CSS media features of the test page through
// the DevTools protocol, e.g. [{name: 'forced-colors', value: 'active'}]. Puppeteer's own
// emulateMediaFeatures (and so @web/test-runner-commands' emulateMedia) refuses `forced-colors`.
// Each call replaces the whole set; an empty list restores the machine's own values.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (!Array.isArray(payload) || !payload.every((feature) => typeof feature?.name === 'string' && typeof feature?.value === 'string')) {
        throw new Error('emulate-media-features takes a list of {name, value} strings');
      }
      const page = session.browser.getPage(session.id);
      // One protocol session per page, kept open: closing it would drop the emulation.
      let cdp = sessions.get(page);
      if (cdp === undefined) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}
