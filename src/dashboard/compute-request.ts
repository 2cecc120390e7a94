// Messages between <lawgauge-dashboard> and its compute worker (zod-free: both sides are browser code).

/** A panel's `compute`: a built-in catalog evaluated on CSV (or JSON) files, in the browser. */
export interface PanelCompute {
  /** A built-in catalog name, or the URL of a catalog `.json`. */
  readonly catalog: string;
  readonly indicator: string;
  /** Dataset id → URL of a CSV (Chinese or field-name headers) or JSON-array file. */
  readonly data: Readonly<Record<string, string>>;
  /** URL of a mapping file (see `lawgauge compute --map`). */
  readonly mapping?: string;
  readonly period?: 'day' | 'week' | 'month' | 'quarter' | 'year';
  readonly from?: string;
  readonly to?: string;
  readonly by?: string;
}

/** One panel to compute: its `compute`, its data URLs resolved. */
export interface PanelRequest {
  readonly id: number;
  readonly compute: PanelCompute;
  /**
   * Dataset id → the name of the file its (blob:) URL stands for, a `File`'s name: errors name it,
   * and its extension gives the format, which a blob: URL does not show.
   */
  readonly names?: Readonly<Record<string, string>>;
  /** The panel's place in the dashboard's config, `sections[0].panels[1]`: errors in its definition name it. */
  readonly path?: string;
}

/**
 * A dashboard's computed panels, sent together: a file several panels read is read once, with the
 * fields any of them uses. A worker keeps the tables it read, so the same panels asked again (in
 * another language) are only worded again.
 */
export type WorkerRequest = {
  /** The panels' language: the worker words its errors and the data-quality lines in it. */
  readonly lang: 'zh-CN' | 'en';
  readonly panels: readonly PanelRequest[];
};

export type WorkerMessage =
  | { readonly id: number; readonly kind: 'progress'; readonly rows: number }
  | {
      readonly id: number;
      readonly kind: 'report';
      readonly report: unknown;
      /**
       * Each dataset's data-quality line, worded in the request's language: its file, the rows read
       * (= used + quarantined + skipped), and the first rejected value with its place.
       */
      readonly quality: readonly string[];
    }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };
