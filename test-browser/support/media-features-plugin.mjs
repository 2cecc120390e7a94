// Test runner command `emulate-media-features`: sets CSS media features of the test page through
// the DevTools protocol, e.g. [{name: 'forced-colors', value: 'active'}]. Puppeteer's own
// emulateMediaFeatures (and so @web/test-runner-commands' emulateMedia) refuses `forced-colors`.
// Each call replaces the whole set; an empty list restores the machine's own values. The payload
// {media: 'print', features: [...]} also sets the media type (print CSS), until the next call.
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const media = Array.isArray(payload) ? '' : payload?.media;
      const features = Array.isArray(payload) ? payload : payload?.features;
      if (
        typeof media !== 'string' ||
        !Array.isArray(features) ||
        !features.every((feature) => typeof feature?.name === 'string' && typeof feature?.value === 'string')
      ) {
        throw new Error('emulate-media-features takes a list of {name, value} strings, or {media, features}');
      }
      const page = session.browser.getPage(session.id);
      // One protocol session per page, kept open: closing it would drop the emulation.
      let cdp = sessions.get(page);
      if (cdp === undefined) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { media, features });
      return true;
    },
  };
}
