// Domains an agent has no business sending data to: paste sites, file drops, request catchers,
// out-of-band interaction (OAST) services and tunnels. A host matches an entry when it is the
// entry or a subdomain of it; users extend the list through checkUrl's `blocklist` option.

export const BUILTIN_BLOCKLIST: readonly string[] = [
  // paste sites and file drops
  "pastebin.com", "pastebin.pl", "hastebin.com", "hastebin.skyra.pw", "toptal.com/developers/hastebin", "ghostbin.com", "ghostbin.co",
  "paste.ee", "dpaste.com", "dpaste.org", "termbin.com", "ix.io", "sprunge.us", "0x0.st", "paste.rs", "rentry.co", "rentry.org",
  "controlc.com", "privatebin.net", "justpaste.it", "paste.mozilla.org", "pastie.org", "paste2.org", "katb.in", "bpa.st",
  "transfer.sh", "file.io", "tmpfiles.org", "temp.sh", "oshi.at", "bashupload.com", "catbox.moe", "litterbox.catbox.moe",
  "gofile.io", "anonfiles.com", "filebin.net", "uguu.se", "keep.sh",
  // request catchers / webhook inspectors
  "webhook.site", "requestbin.com", "requestbin.net", "requestbin.io", "m.pipedream.net", "pipedream.net", "requestcatcher.com",
  "beeceptor.com", "hookbin.com", "postb.in", "ptsv2.com", "ptsv3.com", "mockbin.org", "mockbin.io", "requestinspector.com",
  "webhook.cool", "hookdeck.com/inspect", "smee.io", "typedwebhook.tools", "reqbin.com", "httpdump.app", "rbaskets.in",
  "request.bin", "endpoint.bin", "insomnia.rest/requestbin", "ntfy.sh", "notify.run", "pipedream.com/requestbin",
  // out-of-band interaction (OAST) and DNS loggers
  "interact.sh", "interactsh.com", "oast.fun", "oast.pro", "oast.live", "oast.site", "oast.online", "oast.me",
  "burpcollaborator.net", "oastify.com", "canarytokens.com", "canarytokens.org", "dnslog.cn", "dnslog.link", "ceye.io",
  "requestrepo.com", "xss.ht", "bxss.me", "dig.pm", "eyes.sh", "dnsbin.zhack.ca",
  // tunnels that expose a laptop to the internet
  "ngrok.io", "ngrok-free.app", "ngrok.app", "ngrok-free.dev", "ngrok.dev", "ngrok.pizza", "loca.lt", "localtunnel.me",
  "serveo.net", "trycloudflare.com", "localhost.run", "lhr.life", "pinggy.link", "pinggy.online", "telebit.cloud",
  "bore.pub", "tunnelmole.net", "localxpose.io", "loclx.io", "devtunnels.ms",
];

/** Normalized entry: lowercase, no scheme, no leading "*." or "."; a "/path" part is a path prefix. */
function normalize(entry: string): { host: string; path: string } {
  let e = entry.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/^\*?\./, "");
  const slash = e.indexOf("/");
  const path = slash >= 0 ? e.slice(slash) : "";
  if (slash >= 0) e = e.slice(0, slash);
  return { host: e.replace(/\.$/, ""), path };
}

export interface Blocklist {
  /** The entry a host (and path) matches, or null. */
  match(host: string, path?: string): string | null;
}

export function compileBlocklist(extra: readonly string[] = []): Blocklist {
  const byHost = new Map<string, Array<{ path: string; entry: string }>>();
  for (const entry of [...BUILTIN_BLOCKLIST, ...extra]) {
    const n = normalize(entry);
    if (n.host === "") continue;
    const list = byHost.get(n.host) ?? [];
    list.push({ path: n.path, entry });
    byHost.set(n.host, list);
  }
  // Only suffixes with at most as many labels as the longest entry can match: checking them from
  // the right keeps a host of thousands of labels linear.
  const maxLabels = Math.max(1, ...[...byHost.keys()].map((h) => h.split(".").length));
  return {
    match(host, path = "/") {
      const h = host.toLowerCase().replace(/\.$/, "");
      let cut = h.length;
      for (let n = 1; n <= maxLabels && cut >= 0; n++) {
        const dot = h.lastIndexOf(".", cut - 1);
        const suffix = h.slice(dot + 1);
        for (const { path: p, entry } of byHost.get(suffix) ?? []) {
          if (p === "" || path.toLowerCase().startsWith(p)) return entry;
        }
        if (dot < 0) break;
        cut = dot;
      }
      return null;
    },
  };
}
