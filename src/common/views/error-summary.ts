/**
 * The error summary above a refused form lists each error as a link to its field. Its partial comes
 * before the fields in the page, so it cannot know their labels while it renders: it leaves
 * `<a data-error-for="id">message</a>`, and once the page is rendered this names each link after the
 * `<label for="id">` of the page ("Họ và tên: Không được để trống."), on the server, with no script.
 */

const LINK = /<a href="#([^"]*)" data-error-for="\1">/gu;

/** The text of a label as rendered (already escaped), without its markup or its hint in brackets. */
function labelText(html: string, id: string): string | null {
  const escapedId = id.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const label = new RegExp(`<label for="${escapedId}"[^>]*>([\\s\\S]*?)</label>`, 'u').exec(html);
  if (!label) {
    return null;
  }
  const text = label[1]
    .replace(/<span class="hint">[\s\S]*?<\/span>/gu, '')
    .replace(/<[^>]*>/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  return text === '' ? null : text;
}

export function nameErrorLinks(html: string): string {
  return html.replace(LINK, (link: string, id: string) => {
    const label = labelText(html, id);
    return label === null ? link : `${link}${label}: `;
  });
}
