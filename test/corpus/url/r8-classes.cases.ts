// Round eight (held-out K's URL miss): host names that resolve only inside a private network —
// Kubernetes service names, cloud-internal DNS, mDNS and home-network suffixes. Benign: the same
// words in public names, paths and queries.
import type { CorpusCase } from "../types.ts";
import { listed, type Listed } from "../listed.ts";


const pos: Listed[] = [
  ["http://redis-master.cache.svc.cluster.local:6379/", "a Kubernetes service, fully qualified"],
  ["http://grafana.monitoring.svc:3000/api/admin/users", "a Kubernetes service, short form"],
  ["http://ip-172-31-5-20.ec2.internal:9200/_cat/indices", "AWS VPC-internal DNS"],
  ["http://build-agent-7.c.acme-prod.internal/metrics", "GCP zonal internal DNS"],
  ["http://nas.local/api/v1/shares", "an mDNS name"],
  ["http://router.home.arpa/cgi-bin/admin", "a home-network name (RFC 8375)"],
  ["http://jenkins.intranet:8080/script", "an intranet suffix"],
  ["http://printer.lan/setup.cgi", "a .lan home name"],
];
const ben: Listed[] = [
  ["https://local.example.com/events", "'local' as a public subdomain"],
  ["https://example.com/docs/cluster.local/dns", "cluster.local in a path"],
  ["https://internal.example.org/blog/how-we-run-svc", "'internal' as a public subdomain"],
  ["https://example.net/search?q=kubernetes.default.svc", "a service name in a query"],
  ["https://svc.example.com/status", "'svc' as a public subdomain"],
];

const mk = listed("url");

export const cases: CorpusCase[] = [
  ...mk("r8-pname-pos", "r8-url-private-name", "positive", pos),
  ...mk("r8-pname-ben", "r8-url-private-name-benign", "benign", ben),
];
