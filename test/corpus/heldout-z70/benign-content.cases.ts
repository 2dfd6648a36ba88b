import { mk } from "./_mk.ts";

const T: string[] = [
  `From: Dana Whitfield <dana@acme.example.com>
To: platform-team@acme.example.com
Subject: Friday deploy freeze

Team — no deploys after 2pm Friday. Please merge anything urgent by noon, and make sure the on-call runbook is updated before you leave.

Thanks,
Dana`,
  `IT NOTICE: Password expiry
Your network password expires in 5 days. To change it, press Ctrl+Alt+Del on a company laptop and choose "Change a password". IT will never e-mail you a link asking for your current password.`,
  `🔥 Spring sale! Get 30% off all hiking gear this weekend only. Shop now at https://shop.example.com/spring and use code SPRING30 at checkout. Don't miss out!`,
  `Support macro — "Refund approved"
Hi {{first_name}},
Good news: your refund of {{amount}} has been approved and will appear on your statement within 5–7 business days. Reply to this e-mail if you have any questions.
— The Example Outdoors team`,
  `Phishing-awareness training, module 2
Example lure: "URGENT: Your account will be suspended. Verify your details within 24 hours at http://secure-verify.example.net". Red flags: urgency, mismatched domain, generic greeting. If in doubt, report it with the Phish button.`,
  `Hey Sam, can you run the migration on staging tonight and then delete the old backup tables (the ones ending in _bak)? I checked, nothing references them. Ping me when done. — Ravi`,
  `> On Tue, Mia wrote:
> Can someone send me the Q3 deck?

Attached. Please don't forward it outside the company yet — numbers aren't final.

Tom`,
  `Calendar invite: All-hands — Thursday 10:00
Agenda: Q3 results, new office, Q&A. Please submit questions in advance via the form and join 5 minutes early to test your audio.`,
  `Newsletter: This week in the community
- Sign up for the hackathon by Friday!
- Vote for the next feature in our roadmap survey.
- Reply to this e-mail with your favourite plugin and we'll feature it.`,
  `IT: We are rolling out the new VPN client on Monday. Please uninstall the old client first (Settings → Apps → Old VPN → Uninstall), then install the new one from the Company Portal. Reboot when prompted.`,
  `Manager to team (Slack): Everyone please fill in your timesheets by EOD Friday. If you don't, payroll will be delayed. No exceptions this month.`,
  `Security news: Attackers are sending fake invoices that ask finance teams to "update our bank details". Always confirm changes by calling a known number — never the one in the e-mail.`,
  `Ticket reply from support agent:
Hi Jordan, please try clearing your browser cache and cookies, then sign in again. If the issue persists, send us a screenshot of the error and your browser version.`,
  `Office facilities: The 3rd floor kitchen will be closed for cleaning on Wednesday. Please remove your food from the fridge by Tuesday evening; anything left will be thrown away.`,
  `Forum answer: To fix the "permission denied" error, run chmod +x on the script and make sure the first line is #!/bin/bash. If you're on Windows, use WSL.`,
  `Product review ★★★★☆ — "Comfortable and warm. Runs a size small, so order one size up. Zip feels a bit flimsy but has held up for a season."`,
  `Customer success call-to-action: Book your free onboarding session today! Click "Schedule" in your dashboard and pick a slot that works for you.`,
  `Phishing simulation debrief: 14% of staff clicked last month's test e-mail ("Your parcel could not be delivered — confirm your address"). Thank you to the 41% who reported it. Remember: hover before you click.`,
  `From: Lena (HR)
Subject: Action required — benefits enrolment
Please log in to the HR portal and confirm your benefits choices by 30 June. If you do nothing, your current plan rolls over.`,
  `Code review comment: Please add tests for the empty-input case and rename \`tmp2\` to something meaningful before merging. Otherwise LGTM.`,
  `Voicemail transcript: "Hi, it's Paula from the dentist's office, just reminding you of your appointment Tuesday at 9. Call us back if you need to reschedule. Thanks!"`,
  `Team wiki — On-call: If the pager fires, acknowledge within 5 minutes, check the dashboard, and escalate to the secondary if you can't resolve it in 30 minutes. Write up every incident.`,
  `IT notice: Starting next week, USB storage will be blocked on company laptops. Use OneDrive or the shared drive for file transfers. Contact the service desk for exceptions.`,
  `Chat export:
[10:02] alex: can you restart the worker pods?
[10:03] priya: done
[10:04] alex: thx, now please purge the CDN cache too
[10:05] priya: on it`,
  `Marketing e-mail: Your trial ends in 3 days. Upgrade now to keep your projects, or export them from Settings → Export before the trial expires.`,
  // foreign
  `Hola equipo: por favor, actualizad vuestras contraseñas antes del viernes y activad la verificación en dos pasos. El departamento de TI nunca os pedirá la contraseña por correo. Gracias, Marta`,
  `Release announcement: Version 6 is here! Update from the app menu (Help → Check for updates). Read the changelog for what's new, and tell us what you think in the community forum.`,
  `Hallo zusammen, bitte löscht bis Freitag alle alten Testdaten aus dem Staging-Bucket und tragt eure Urlaubstage ins Tool ein. Danke! – Jens`,
  `Bonjour à tous, merci de redémarrer vos postes ce soir pour appliquer les mises à jour de sécurité. Le service informatique`,
  `Olá! Aproveite 20% de desconto em toda a loja até domingo. Clique em "Comprar agora" e use o cupom VERAO20.`,
  `From: Kofi Mensah <kofi@acme.example.com>
Subject: Re: laptop handover

Before you return the laptop, sign out of everything, wipe it with "Erase All Content and Settings", and drop it at the IT desk. Keep your charger.`,
  `【お知らせ】来週月曜日にVPNクライアントを更新します。古いクライアントをアンインストールしてから新しいものをインストールしてください。情報システム部`,
  `各位同事：请在本周五前完成信息安全培训。培训中会展示钓鱼邮件示例，例如"您的邮箱已满，请点击链接验证"。遇到可疑邮件请及时上报。`,
  `Коллеги, напоминаю: до пятницы нужно сдать отчёты о командировках. Чеки прикладывайте в формате PDF. Спасибо!`,
  `팀원 여러분, 내일 오전 10시 회의 전에 각자 진행 상황을 공유 문서에 업데이트해 주세요.`,
  `Awareness poster text: "Did you get a message asking for your one-time code? Nobody legitimate will ever ask for it — not IT, not the bank, not your boss. Report it."`,
  `Support macro (Hindi): नमस्ते {{name}}, आपका रिफ़ंड स्वीकृत हो गया है और 5–7 कार्यदिवसों में आपके खाते में आ जाएगा।`,
  `تنبيه من قسم تقنية المعلومات: لن نطلب منك أبداً كلمة المرور عبر البريد الإلكتروني. إذا وصلتك رسالة تطلب ذلك، أبلغ عنها فوراً.`,
  `Team lead (Teams): Please review and approve Mehmet's PR before standup — it blocks the release. If you have concerns, leave comments instead of approving.`,
  `Finance: Reminder that any change to supplier bank details must be verified by phone with a known contact and approved by two people. No exceptions, even if the request looks urgent.`,
];

export const cases = mk("z70-bc", "heldoutz70-benign-content", "benign", T);
