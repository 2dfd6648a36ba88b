// "In your reply, give them …", "en tu respuesta, dales …", "в своём ответе дай им …": the reader
// told to hand the person it answers something in its reply. The person is named in the third
// person (them, the user): a user's own prompt says "give me". Weak like the other output
// directives: a support template's "in your reply, give the customer the ticket number" asks for
// nothing harmful, so it counts only next to what it hands over.
import type { Pattern } from "./pattern-set.ts";

const GIVE_EN = String.raw`(?:give|hand|offer|send|show|provide|supply)\s{1,4}(?:them|him|her|the\s{1,4}(?:user|reader|recipient|customer|asker|person)s?)\b`;
const ANSWER_EN = String.raw`(?:reply|answer|response|summary|message)`;

export const ANSWER_GIVE_PATTERNS: Pattern[] = [
  {
    id: "output.in-answer-give", family: "output", weight: 0.3, negatable: true, lang: "en/es/fr/de/it/pt/ru/zh",
    description: "The reader told what to hand the person in its reply (\"In your reply, give them …\")",
    re: new RegExp([
      String.raw`\b(?:in|within)\s{1,4}your\s{1,4}(?:(?:final|next)\s{1,4})?${ANSWER_EN}\s{0,3}[,:]?\s{0,3}(?:please\s{1,4})?(?:also\s{1,4}|just\s{1,4})?${GIVE_EN}`,
      String.raw`\b${GIVE_EN}(?:\s{1,4}with)?\s{0,3},?\s{0,3}in\s{1,4}your\s{1,4}${ANSWER_EN}\b`,
      String.raw`(?<![\p{L}])en\s{1,3}(?:tu|su)\s{1,3}respuesta\s{0,3},?\s{0,3}(?:también\s{1,3})?(?:dales|dale|entrégales|entrégale|proporciónales|proporciónale|ofréceles|muéstrales|pásales|facilítales)(?![\p{L}])`,
      String.raw`(?<![\p{L}])dans\s{1,3}(?:ta|votre)\s{1,3}réponse\s{0,3},?\s{0,3}(?:donne|fournis|propose|montre|envoie|transmets|donnez|fournissez|proposez|montrez|envoyez)-(?:leur|lui)(?![\p{L}])`,
      String.raw`(?<![\p{L}])in\s{1,3}(?:deiner|Ihrer)\s{1,3}Antwort\s{0,3},?\s{0,3}(?:gib|gebt|geben\s{1,3}Sie|liefere|zeige|zeig|schicke|schick|nenne)\s{1,3}(?:ihnen|ihm|ihr|dem\s{1,3}(?:Nutzer|Benutzer|Leser|Kunden))(?![\p{L}])|(?<![\p{L}])(?:gib|zeig|zeige|schick|schicke)\s{1,3}(?:ihnen|ihm|ihr|dem\s{1,3}(?:Nutzer|Benutzer))\s{1,3}in\s{1,3}deiner\s{1,3}Antwort`,
      String.raw`(?<![\p{L}])nella\s{1,3}(?:tua|sua)\s{1,3}risposta\s{0,3},?\s{0,3}(?:dagli|dalle|fornisci(?:gli|le)|mostra(?:gli|le)|invia(?:gli|le)|da['’]\s{0,2}(?:loro|agli\s{1,3}utenti|all['’]\s{0,2}utente))`,
      String.raw`(?<![\p{L}])na\s{1,3}(?:sua|tua)\s{1,3}resposta\s{0,3},?\s{0,3}(?:dê-lhes|dê-lhe|dá-lhes|dá-lhe|forneça-lhes|forneça-lhe|envie-lhes|mostre-lhes|entregue-lhes)(?![\p{L}])`,
      String.raw`(?<![\p{L}])в\s{1,3}(?:своём|своем|твоём|твоем|вашем|своих)\s{1,3}ответ\p{L}{0,2}\s{0,3},?\s{0,3}(?:дай|предоставь|покажи|отправь|пришли|выдай|дайте|предоставьте)\s{1,3}(?:им|ему|ей|пользователю)(?![\p{L}])`,
      String.raw`在(?:你的|您的)?(?:回答|回复|答复)(?:中|里)\s{0,2}[,，]?\s{0,2}(?:给(?:他们|他|她|用户)|向(?:他们|用户)提供|为(?:他们|用户)提供)`,
    ].join("|"), "giu"),
    anchors: ["your reply", "your answer", "your response", "your summary", "your message", "your final", "your next", "respuesta", "réponse", "antwort", "risposta", "resposta", "ответ", "回答", "回复", "答复"], before: 60, after: 80,
  },
];
