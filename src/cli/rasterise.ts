/** The SVG `svg` as a PNG `scale` times its size, its text set in the font file `font` (resvg; offline). */
export async function rasterise(svg: string, font: string, scale: number): Promise<Uint8Array> {
  // Loaded on use: a native module that only `lawgauge render --format png` needs.
  const { Resvg } = await import('@resvg/resvg-js');
  const image = new Resvg(svg, {
    // Only this font: the picture is the same on every machine with it, whatever else is installed.
    font: { fontFiles: [font], loadSystemFonts: false },
    fitTo: { mode: 'zoom', value: scale },
  });
  return image.render().asPng();
}
