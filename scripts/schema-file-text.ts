/** The exact text of a checked-in schema file, so the generator and the staleness test agree. */
export function schemaFileText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
