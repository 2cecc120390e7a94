// Test runner commands `task-trace-start` and `task-trace-stop`: the page's main-thread tasks
// traced by Chromium (the DevTools timeline's RunTask events), each with its wall time and its
// thread time — the CPU the renderer's main thread spent on it. On a machine shared by more busy
// processes than it has cores, a task is paused for tens of milliseconds while other processes
// run, so its wall time (what the Long Tasks API reports) says how busy the machine was as much
// as how much work the task did; its thread time counts only the work. `task-trace-stop` returns
// the tasks of the renderers' main threads (CrRendererMain) longer than `payload.overMs` (default
// 50) by either clock, as `{wallMs, cpuMs}`.
const tracing = new WeakSet();

export function taskCpuPlugin() {
  return {
    name: 'task-cpu',
    async executeCommand({ command, payload, session }) {
      if (command !== 'task-trace-start' && command !== 'task-trace-stop') return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'task-trace-start') {
        if (tracing.has(page)) throw new Error('task-trace-start: the page is traced already');
        await page.tracing.start({ categories: ['disabled-by-default-devtools.timeline'] });
        tracing.add(page);
        return true;
      }
      if (!tracing.has(page)) throw new Error('task-trace-stop: task-trace-start first');
      tracing.delete(page);
      const overMs = typeof payload?.overMs === 'number' ? payload.overMs : 50;
      const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
      const mainThreads = new Set(
        traceEvents
          .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
          .map((event) => `${event.pid}:${event.tid}`),
      );
      return traceEvents
        .filter(
          (event) =>
            event.ph === 'X' &&
            event.name === 'RunTask' &&
            mainThreads.has(`${event.pid}:${event.tid}`) &&
            Math.max(event.dur ?? 0, event.tdur ?? 0) > overMs * 1000,
        )
        .map((event) => ({ wallMs: Math.round(event.dur / 1000), cpuMs: Math.round((event.tdur ?? event.dur) / 1000) }));
    },
  };
}
