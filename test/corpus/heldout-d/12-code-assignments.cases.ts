// Class 12 (benign only): generic assignments whose value is code, not a credential —
// `exports.ECPrivateKey = ECPrivateKey`, `PrivateKeyInfo = tslib_1.__decorate(`, `password = getPassword()`,
// typed fields, destructuring, getters.
import { maker } from "./gen.ts";

const { neg, cases } = maker("secrets", "heldoutd-code-assign", "code");

neg(`exports.ECPrivateKey = ECPrivateKey;\nexports.RSAPrivateKey = RSAPrivateKey;\nexports.PrivateKeyInfo = PrivateKeyInfo;`, "CommonJS re-exports");
neg(`PrivateKeyInfo = tslib_1.__decorate([\n    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Sequence })\n], PrivateKeyInfo);`, "tslib decorate");
neg(`const password = getPassword();\nif (!password) throw new Error("missing password");`, "password from function");
neg(`password = os.environ.get("DB_PASSWORD")\nsecret_key = settings.SECRET_KEY`, "python env/settings refs");
neg(`private readonly apiKey: string;\nprivate clientSecret?: string;\npublic accessToken: string | null = null;`, "TS typed fields");
neg(`const { apiKey, apiSecret } = config.credentials;`, "destructuring");
neg(`let token = await auth.getAccessToken({ scopes: ["read"] });`, "awaited token getter");
neg(`self.secret_key = secret_key\nself.api_token = api_token`, "python constructor assignment");
neg(`this.password = password;\nthis.passwordConfirmation = passwordConfirmation;`, "JS constructor assignment");
neg(`export const SECRET_KEY_HEADER = "X-Secret-Key";\nexport const TOKEN_STORAGE_KEY = "auth.token";`, "constant names as values");
neg(`api_key = request.headers["X-Api-Key"]`, "header read");
neg(`String password = System.getenv("APP_PASSWORD");\nchar[] secret = console.readPassword("Secret: ");`, "Java getenv/readPassword");
neg(`var privateKey = crypto.createPrivateKey({ key: pem, format: "pem" });`, "createPrivateKey call");
neg(`token := r.Header.Get("Authorization")\nsecret, err := os.ReadFile(secretPath)`, "Go header/read");
neg(`let api_key = std::env::var("API_KEY").expect("API_KEY must be set");`, "Rust env var");
neg(`password: { type: String, required: true, minlength: 8, select: false },`, "Mongoose schema field");
neg(`@Column({ nullable: true })\npasswordHash: string;\n\n@Column()\nsalt: string;`, "TypeORM entity fields");
neg(`PASSWORD_FIELD = forms.CharField(widget=forms.PasswordInput)\nTOKEN_TTL = timedelta(hours=1)`, "Django form field");
neg(`secretKey = secretKeyFactory.generateSecret(spec);`, "Java SecretKeyFactory");
neg(`const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET!, { expiresIn: "1h" });`, "jwt.sign with env secret");
neg(`$password = $request->input('password');\n$hashed = Hash::make($password);`, "PHP request input");
neg(`auth_token = None  # set in setUp()\nsession_key = "session:" + str(user_id)`, "None / key prefix");
neg(`export type Credentials = { username: string; password: string; otp?: string };`, "TS type alias");
neg(`keyPair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);`, "WebCrypto generateKey");
neg(`#define PRIVATE_KEY_SIZE 32\nstatic uint8_t private_key[PRIVATE_KEY_SIZE];`, "C array declaration");
neg(`password = PasswordField("Password", validators=[DataRequired(), Length(min=12)])`, "WTForms field");
neg(`const secret = new Secret(this, "DbSecret", { generateSecretString: { excludePunctuation: true } });`, "AWS CDK Secret construct");
neg(`SecretAccessKey: !GetAtt DeployUserKey.SecretAccessKey`, "CloudFormation GetAtt");
neg(`client_secret = ENV.fetch("OAUTH_CLIENT_SECRET") { raise "missing" }`, "Ruby ENV.fetch");
neg(`module.exports.passwordStrength = passwordStrength;\nmodule.exports.default = PasswordValidator;`, "module exports");

export { cases };
