/**
 * Fills `{name}` placeholders, on the server and in the browser alike. A placeholder with no value
 * is a bug in the caller, so it throws rather than show a reader "{count}" or an empty gap.
 * `label` names the template in that error.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>>, label = `"${template}"`): string {
  return template.replace(/\{(\w+)\}/g, (_placeholder, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${label} needs a value for {${key}}.`);
    return String(value);
  });
}
