// Round thirty-three (fix33i), class 1: a provider key carried in the provider's own documented URL,
// as a path segment (Alchemy `/v2/<key>`, Infura `/v3/<32 hex>`, QuickNode `/<token>/`, Ankr
// `/<chain>/<key>`, Chainstack, Blast, NodeReal, The Graph's `/api/<key>/subgraphs/…`, ExchangeRate-API
// `/v6/<key>/…`) or a documented query parameter (Helius `?api-key=`, Pinata's `?pinataGatewayToken=`).
// The URL alone spends the account: positives in env files, code, YAML, TOML, JSON and a shell line.
// Benign: the same hosts with `demo`, a template (`${ALCHEMY_KEY}`, `<KEY>`, `{{ … }}`), `YOUR_API_KEY`,
// the key joined on at run time, a public no-key endpoint, and other paths (an IPFS CID, a subgraph id).
import type { CorpusCase } from "../types.ts";
import { B64URL, builder, Rng } from "./_gen.ts";

const r = new Rng(0x33f101);
const b = builder({ category: "r33-fix33i-provider-url-path-key" });
const bb = builder({ category: "r33-fix33i-provider-url-path-key-benign" });
// Letters of both cases and a digit, as a drawn key always has.
const drawnKey = (n: number) => `${r.str(1, "ABCDEFGHJKLMNPQRSTUVWXYZ")}${r.str(1, "abcdefghijkmnpqrstuvwxyz")}${r.digits(2)}${r.str(n - 4, B64URL)}`;
const cid = () => "bafybei" + r.str(52, "abcdefghijklmnopqrstuvwxyz234567");

b.pos("fix33i-alchemy-env", "Alchemy key in an RPC URL in .env", `RPC_URL_MAINNET=https://eth-mainnet.g.alchemy.com/v2/${drawnKey(32)}\nCHAIN_ID=1\n`);
b.pos("fix33i-alchemy-wss-ts", "Alchemy websocket URL in TypeScript", `const ws = new WebSocketProvider("wss://arb-mainnet.g.alchemy.com/v2/${drawnKey(32)}");\n`);
b.pos("fix33i-alchemy-nft-py", "Alchemy NFT API URL in Python", `resp = requests.get(f"https://polygon-mainnet.g.alchemy.com/nft/v3/${drawnKey(32)}/getNFTsForOwner?owner={owner}")\n`);
b.pos("fix33i-infura-hardhat", "Infura v3 project key in a Hardhat network", `module.exports = {\n  networks: {\n    sepolia: { url: "https://sepolia.infura.io/v3/${r.hex(32)}", accounts: [] },\n  },\n};\n`);
b.pos("fix33i-quicknode-toml", "QuickNode endpoint token in TOML", `[rpc]\nsolana = "https://frosty-quiet-pond.solana-mainnet.quiknode.pro/${r.hex(40)}/"\n`);
b.pos("fix33i-ankr-yaml", "Ankr premium key in YAML", `chains:\n  bsc:\n    rpc: https://rpc.ankr.com/bsc/${r.hex(64)}\n`);
b.pos("fix33i-chainstack-json", "Chainstack node URL in JSON", JSON.stringify({ network: "polygon", endpoint: `https://nd-${r.digits(3)}-${r.digits(3)}-${r.digits(3)}.p2pify.com/${r.hex(32)}` }, null, 2));
b.pos("fix33i-blast-curl", "Blast project id as the path of a curl call", `curl -s -X POST https://eth-mainnet.blastapi.io/${r.uuid()} -H 'content-type: application/json' -d '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}'\n`);
b.pos("fix33i-helius-rust", "Helius key as a query parameter in Rust", `let rpc = RpcClient::new("https://devnet.helius-rpc.com/?api-key=${r.uuid()}".to_string());\n`);
b.pos("fix33i-thegraph-js", "The Graph gateway key in a subgraph URL", `const SUBGRAPH = \`https://gateway.thegraph.com/api/${r.hex(32)}/subgraphs/id/\${SUBGRAPH_ID}\`;\n`);
b.pos("fix33i-nodereal-go", "NodeReal key in a Go constant", `const bscRPC = "https://bsc-mainnet.nodereal.io/v1/${r.hex(32)}"\n`);
b.pos("fix33i-pinata-html", "Pinata gateway token on an image link", `<img src="https://plum-lazy-mole.mypinata.cloud/ipfs/${cid()}?pinataGatewayToken=${drawnKey(64)}" alt="cover">\n`);
b.pos("fix33i-exchangerate-fetch", "ExchangeRate-API key in a fetch", `const res = await fetch("https://v6.exchangerate-api.com/v6/${r.hex(24)}/latest/EUR");\n`);

bb.ben("fix33i-alchemy-demo", "Alchemy's public demo key", `const provider = new JsonRpcProvider("https://eth-mainnet.g.alchemy.com/v2/demo");\n`);
bb.ben("fix33i-alchemy-template", "Alchemy key from the environment in a template", `url: \`https://eth-mainnet.g.alchemy.com/v2/\${process.env.ALCHEMY_API_KEY}\`,\n`);
bb.ben("fix33i-alchemy-your-key", "docs placeholder words in the key's slot", `# RPC_URL=https://opt-mainnet.g.alchemy.com/v2/YOUR_ALCHEMY_API_KEY_HERE\n`);
bb.ben("fix33i-infura-angle", "Infura docs' angle-bracket placeholder", `curl https://mainnet.infura.io/v3/<YOUR-API-KEY> -X POST -H "Content-Type: application/json"\n`);
bb.ben("fix33i-infura-concat", "key joined on at run time", `const url = "https://mainnet.infura.io/v3/" + INFURA_PROJECT_ID;\nconst ws = \`wss://mainnet.infura.io/ws/v3/\${id}\`;\n`);
bb.ben("fix33i-ankr-public", "Ankr's public endpoints, no key", `rpcs:\n  - https://rpc.ankr.com/eth\n  - https://rpc.ankr.com/polygon\n  - https://rpc.ankr.com/eth_sepolia\n`);
bb.ben("fix33i-pinata-public-cid", "a pinned file's CID on a dedicated gateway, no token", `<a href="https://plum-lazy-mole.mypinata.cloud/ipfs/${cid()}">metadata</a>\n`);
bb.ben("fix33i-thegraph-no-key", "a subgraph id without a key (header-auth form)", `const endpoint = "https://gateway.thegraph.com/api/subgraphs/id/${r.str(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}";\n`);
bb.ben("fix33i-quicknode-handlebars", "a templated QuickNode token", `QUICKNODE_URL=https://{{ .Values.qnName }}.quiknode.pro/{{ .Values.qnToken }}/\n`);
bb.ben("fix33i-helius-var", "Helius key from a variable", `const conn = new Connection(\`https://mainnet.helius-rpc.com/?api-key=\${HELIUS_KEY}\`);\n`);
bb.ben("fix33i-alchemy-dashboard", "other paths on the provider's hosts", `See https://dashboard.alchemy.com/apps/${r.str(16, "abcdefghijklmnopqrstuvwxyz0123456789")} and https://docs.alchemy.com/reference/eth-getbalance\n`);
bb.ben("fix33i-blast-public", "Blast's public endpoint (no project id)", `{"rpcUrls": ["https://eth-mainnet.public.blastapi.io", "https://bsc-mainnet.public.blastapi.io"]}\n`);

export const cases: CorpusCase[] = [...b.cases, ...bb.cases];
