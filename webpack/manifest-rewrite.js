/**
 * The production manifest: every development URL (https://localhost:3000/…) becomes the same path under
 * ADDIN_PUBLIC_URL, which may carry a path of its own (https://host.vn/tdkt). An <AppDomain> may hold an
 * origin only ("Don't include any segments of a URL past the domain", AppDomain element reference), so one
 * that names the development origin gets the public origin, never the path. The manifest lists no AppDomain
 * today: "listing the same domain as the one specified in the SourceLocation element has no effect and may be
 * misleading" (same page), and the pane loads nothing from another origin.
 */
const DEV_URL = "https://localhost:3000";

/** `publicUrl` is an https URL without a trailing slash (webpack.config.js checks it). */
function rewriteManifest(xml, publicUrl) {
  const origin = new URL(publicUrl).origin;
  return xml
    .replace(/(<AppDomain>\s*)([^<]*?)(\s*<\/AppDomain>)/g, (all, open, value, close) =>
      value.startsWith(DEV_URL) ? `${open}${origin}${close}` : all,
    )
    .split(DEV_URL)
    .join(publicUrl);
}

module.exports = { DEV_URL, rewriteManifest };
