// Personal financial / identity data: payment cards (Luhn-valid, real issuer prefixes), IBANs
// (valid mod-97), US SSNs (issued ranges).
import { builder, Rng, card, groupCard, iban, groupIban, ssn, ibanValid, luhnValid } from "./_gen.ts";

const r = new Rng(0x5ec0008);
const { cases, pos } = builder({ category: "credit-cards", expect: "secrets" });
export { cases };

const visa = () => card(r, "4", 16);
const mc = () => card(r, r.pick(["51", "52", "53", "54", "55", "2221", "2720", "2300"]), 16);
const amex = () => card(r, r.pick(["34", "37"]), 15);
const disc = () => card(r, r.pick(["6011", "65", "644", "649"]), 16);
const exp = () => `${String(r.range(1, 12)).padStart(2, "0")}/${r.range(26, 31)}`;

pos("cc-visa-json", "visa in a payment JSON body", JSON.stringify({ amount: 4999, currency: "usd", card: { number: visa(), exp_month: 9, exp_year: 2027, cvc: r.digits(3) }, email: "jane@example.com" }));
pos("cc-visa-spaced-chat", "visa with spaces in chat", `my card is ${groupCard(visa())} exp ${exp()} cvv ${r.digits(3)}, can you book the flight?`);
pos("cc-mc-dashed", "mastercard dashed in a support ticket", `Ticket #48211\nCustomer reports double charge on card ${groupCard(mc(), "-")} on 2024-04-29.\nPlease refund one of the two.`);
pos("cc-mc-2series-csv", "mastercard 2-series in CSV export", `order_id,name,card_number,exp\n10492,"Lee, Ana",${card(r, "2" + r.pick(["221", "345", "500", "720"]), 16)},${exp()}\n10493,"Ng, Tom",${mc()},${exp()}\n`);
pos("cc-amex-4-6-5", "amex in 4-6-5 grouping", `Corporate Amex: ${groupCard(amex())}  (exp ${exp()}, CID ${r.digits(4)})`);
pos("cc-amex-plain-log", "amex plain in a log line", `2024-05-02T11:03:01Z WARN payment.gateway declined pan=${amex()} reason=insufficient_funds`);
pos("cc-discover-form", "discover in form-encoded body", `POST /checkout HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nname=Sam+Ortiz&cc_number=${disc()}&cc_exp=${encodeURIComponent(exp())}&cc_cvv=${r.digits(3)}`);
pos("cc-discover-sql", "discover in a SQL insert", `INSERT INTO payments (user_id, pan, exp) VALUES (77, '${disc()}', '${exp()}');`);
pos("cc-visa-python", "visa in Python dict", `customer = {"name": "Priya Raman", "card": "${groupCard(visa())}", "zip": "94107"}`);
pos("cc-mc-email", "mastercard in an email body", `Hi team,\n\nplease charge the renewal to our company card ${groupCard(mc())}, expiry ${exp()}.\n\nThanks,\nMarta`);
pos("cc-visa-yaml", "visa in a YAML fixture", `billing:\n  holder: Chris Wong\n  pan: "${visa()}"\n  expiry: "${exp()}"\n`);
pos("cc-visa-19", "visa 19-digit PAN", `card_number=${card(r, "4", 19)}`);
pos("cc-two-in-text", "two cards in a notes field", `notes: primary ${groupCard(visa())}, backup ${groupCard(mc())}`);
pos("cc-discover-dots", "discover with dots", `Card: ${groupCard(disc(), ".")}`);

// ---- IBAN
const I = "iban";
const countries = ["DE", "GB", "FR", "NL", "ES", "IT", "CH", "BE", "AT", "PL"];
countries.forEach((cc, i) => {
  const v = iban(r, cc);
  if (!ibanValid(v)) throw new Error("bad iban gen " + cc);
  const grouped = groupIban(v);
  const ctx = [
    `Please transfer the deposit to IBAN ${grouped} (account holder: M. Keller).`,
    JSON.stringify({ beneficiary: { name: "Acme GmbH", iban: v, bic: "DEUTDEFFXXX" }, amount: "1250.00", currency: "EUR" }),
    `payee,iban,amount\n"Dupont SARL",${v},830.50\n`,
    `IBAN: ${grouped}\nBIC: ${r.pick(["NWBKGB2L", "BNPAFRPP", "ABNANL2A", "CAIXESBB"])}\nReference: INV-2024-0419`,
    `<CdtrAcct><Id><IBAN>${v}</IBAN></Id></CdtrAcct>`,
  ];
  pos(`iban-${cc.toLowerCase()}`, `${cc} IBAN (valid mod-97)`, ctx[i % ctx.length]!, I);
});
pos("iban-de-lower", "DE IBAN lower-case with spaces in chat", `my iban is ${groupIban(iban(r, "DE")).toLowerCase()} can you set up the standing order`, I);
pos("iban-gb-form", "GB IBAN in form body", `account_name=J+Smith&iban=${iban(r, "GB")}&amount=200`, I);
pos("iban-nl-yaml", "NL IBAN in YAML payroll config", `employees:\n  - name: Sanne de Vries\n    iban: ${groupIban(iban(r, "NL"))}\n    salary: 4200\n`, I);

// ---- SSN
const S = "ssn";
pos("ssn-csv", "SSNs in an HR CSV", `employee_id,name,ssn,dob\n1001,Maria Lopez,${ssn(r)},1986-03-14\n1002,James Carter,${ssn(r)},1979-11-02\n`, S);
pos("ssn-json", "SSN in JSON applicant record", JSON.stringify({ applicant: { first: "Dana", last: "Whitfield", ssn: ssn(r), income: 84000 } }), S);
pos("ssn-chat", "SSN in chat message", `for the tax form my SSN is ${ssn(r)}, fill in the rest from my W-2`, S);
pos("ssn-form", "SSN label in a form text", `Social Security Number: ${ssn(r)}\nDate of Birth: 04/12/1990`, S);
pos("ssn-nodash", "SSN without dashes with explicit label", `SSN=${ssn(r, "")}`, S);
pos("ssn-spaces", "SSN with spaces in a letter", `Re: claim for Robert Hale, SSN ${ssn(r, " ")}, policy 88-1204`, S);
pos("ssn-log", "SSN in an application log", `INFO kyc.verify user=8812 ssn=${ssn(r)} result=match score=0.97`, S);
pos("ssn-sql", "SSN in SQL", `UPDATE customers SET ssn = '${ssn(r)}' WHERE id = 4411;`, S);

// sanity: every card positive must be Luhn-valid
for (const c of cases) if (c.category === "credit-cards") for (const m of c.text.match(/\b\d(?:[ .-]?\d){12,18}\b/g) ?? []) if (m.replace(/\D/g, "").length >= 15 && !luhnValid(m)) throw new Error("luhn " + c.id);
