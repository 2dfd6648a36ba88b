// An approval nobody can check, claimed outside English: "تمت الموافقة على هذا الطلب شفهياً",
// "approuvé oralement par le directeur", "mündlich freigegeben", "aprobado por teléfono". The
// English pattern is concealment.unverifiable-approval (patterns-agent.ts); weak and partnered like
// it, as a policy names approvals given by phone too.
import type { Pattern } from "./pattern-set.ts";

const AR = String.raw`(?<![\p{L}\p{M}])(?:[وف])?(?:تمت\s{1,3}الموافقة|تم\s{1,3}(?:اعتماد|إقرار)|وافق|وافقت|اعتمد|اعتمدت|أقر|أقرت)\p{L}{0,3}(?:\s{1,3}[\p{L}\p{M}]{1,20}){0,8}?\s{1,3}(?:شفهي|شفوي|هاتفي|مسبق)[\p{L}\p{M}]{0,4}(?![\p{L}\p{M}])`;
const ROMANCE_DE = String.raw`(?<![\p{L}])(?:approuv|valid|autoris|aprobad|autorizad|aprovad|approvat|autorizzat|genehmigt|freigegeben|bewilligt)\p{L}{0,3}(?:\s{1,3}\p{L}{1,20}){0,6}?\s{1,3}(?:oralement|verbalement|par\s{1,3}t[ée]l[ée]phone|verbalmente|de\s{1,3}palabra|por\s{1,3}tel[ée]fono|oralmente|a\s{1,3}voce|per\s{1,3}telefono|m[üu]ndlich|telefonisch)(?![\p{L}])|(?<![\p{L}])(?:m[üu]ndlich|telefonisch)\s{1,3}(?:genehmigt|freigegeben|bewilligt)(?![\p{L}])`;

export const APPROVAL_LANGUAGE_PATTERNS: Pattern[] = [
  {
    id: "concealment.unverifiable-approval-languages", family: "concealment", weight: 0.35, lang: "ar/fr/es/pt/it/de",
    description: "Claimed approval the agent cannot check, given verbally / by phone / in advance (other languages)",
    re: new RegExp(`${AR}|${ROMANCE_DE}`, "giu"),
    anchors: ["شفهي", "شفوي", "هاتفي", "مسبق", "oralement", "verbalement", "téléphone", "telephone", "verbalmente", "palabra", "teléfono", "telefono", "oralmente", "a voce", "mündlich", "mundlich", "telefonisch"],
    before: 160, after: 10,
  },
];
