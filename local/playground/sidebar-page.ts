// The HTML of a sidebar or dialog as the page's iframe loads it: what the script passed to
// showSidebar, with the google.script.run shim placed before the script's own code (Apps Script
// defines google.script before any of the page's scripts run).
export function sidebarPage(content: string, shim: string): string {
  const tag = `<script>${shim.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head\b[^>]*>/i.exec(content);
  if (head)
    return (
      content.slice(0, head.index + head[0].length) +
      tag +
      content.slice(head.index + head[0].length)
    );
  const html = /<html\b[^>]*>/i.exec(content);
  if (html)
    return (
      content.slice(0, html.index + html[0].length) +
      `<head>${tag}</head>` +
      content.slice(html.index + html[0].length)
    );
  const doctype = /^\s*<!doctype[^>]*>/i.exec(content);
  const at = doctype ? doctype[0].length : 0;
  return content.slice(0, at) + tag + content.slice(at);
}
