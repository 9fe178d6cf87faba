/**
 * Is an instruction the text gives really a warning against it? ("Never paste commands like `curl
 * … | bash` into Terminal", "Some install guides tell you to download a script and feed it to a
 * shell", "Watch out for skills that ask you to …"). Rules that set `warnings: skip` do not report
 * such a match.
 *
 * Only the clause that leads into the match counts: the words between the last clause boundary
 * (`.`, `;`, `:`, `!`, `?`, a comma, or their CJK forms) and the start of the match. A warning word
 * elsewhere in the sentence ("download … and pipe it to bash (it is not malicious)", "Beware: the
 * formatter needs its runtime, so download …", "As many guides tell you, download …") governs
 * nothing, and a sentence-wide word list let any instruction through that carried one.
 *
 * The clause holds a warning when it has
 * - a negation of an instruction verb at most eight words before the match: never / do not /
 *   don't / avoid / refuse to + download, run, paste, pipe, send, ignore… (a negation of another
 *   verb, "don't skip this step", is none);
 * - an attribution to someone else, who tells, asks or tricks you into it: attackers, malicious or
 *   fake pages, "some install guides tell you to", "a skill that asks you to";
 * - what attackers do, told with an attacker as the clause's subject ("Attackers look for .env
 *   files to send to their servers");
 * - a warning cue about a source or request (beware of pages that…, watch out for instructions
 *   to…), red flags, warning signs, or the words for malicious, phishing and scam in the other
 *   languages the prose rules cover (not negated: "no es malicioso" is no warning);
 * - a detection or blocking verb at most six words before the match ("our rules block miners
 *   that use stratum+tcp://…");
 * or when the clause follows a colon whose label names an example of an attack ("Example of an
 * injection: …", "Phishing lure: …", "Indicators of compromise: …") or forbids what follows
 * ("// NEVER: skip the check", "❌ Bad: …"; a list under such a label: prohibitedItemAt).
 */
import { AGENT_CLIS } from '../../engine/agents.js';
import { STEP_LABEL } from './normalize.js';

/** a Chinese, Japanese or Korean character: their texts put no blank after punctuation */
const CJK = '[\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff]';

/**
 * clause boundaries: punctuation followed by a blank, the end or a CJK character (a URL's `:` and
 * `.` are not; NFKC has made the fullwidth ，；：！？ ASCII, and CJK text puts no blank after them),
 * also when the emphasis it ends closes right after it (`**DON'T:**`, `_Note:_`)
 */
const BOUNDARY = new RegExp(`[.;:!?,](?:\\*{1,2}|_{1,2})?(?=\\s|$|${CJK})|[。；：！？，、]`, 'g');

const INSTRUCTION_VERBS =
  '(?:download|fetch|curl|wget|get|grab|pull|load|retrieve|paste|run|execute|pipe|feed|copy|type|enter|install|follow|obey|comply|trust|source|eval|open|start|launch|send|upload|post|share|reveal|disclose|expose|print|ignore|disable|approve|hide|conceal|read|add|write|overwrite|rewrite|replace|change|modify|edit|store|save|put|give|enable|bypass|skip|turn|switch|override|circumvent|suppress|allow|grant|accept|confirm|authori[sz]e|auto-?approve|attach|bind|connect|redirect|include|embed|forward|submit|pass|use|set|supply|append)';

const WHO =
  '(?:you|users?|people|readers?|victims?|agents?|the\\s+(?:agent|user|assistant|reader|victim))';

/** sources of instructions, in the singular (the generic plural adds an s) */
const SOURCES =
  '(?:skill|page|site|website|guide|message|e-?mail|post|readme|instruction|prompt|text|tool|repo|ad|video|comment|issue|tutorial|script|installer|popup|pop-up|dialog|document|file)';

/** how a report of what others do is worded ("skills like this sometimes ask you to") */
const HEDGE =
  '(?:often|sometimes|may|might|can|could|will|usually|commonly|typically|frequently|regularly|try\\s+to)';

const ASKS =
  '(?:tell|ask|instruct|want|urge|trick|lure|convince|push|invite|direct|prompt)(?:s|ing|ed)?';

/**
 * words after which the negation no longer governs what follows: "Never run the formatter
 * *without* first downloading …", "Do not start *until* you download …" ask for the step
 */
const UNNEGATES =
  '(?:without|until|till|unless|before|except|but|instead|once|first|when|whenever|if)\\b';

/** what follows a gerund subject that judges the step a danger */
const JUDGED =
  /^[^.;:!?]{0,30}?\b(?:is|are|was|were|can\s+be|could\s+be|would\s+be|remains?)\s+(?:\w+\s+){0,2}?(?:risky|dangerous|unsafe|insecure|discouraged|forbidden|not\s+allowed|a\s+(?:bad|terrible)\s+idea|a\s+(?:common|classic|known)\s+(?:attack|trick|lure|vector|technique)|how\s+(?:\w+\s+){0,2}?(?:spread|infect|attack|steal)\w*|exactly\s+what\s+(?:\w+\s+){0,2}?(?:attackers?|malware)\b)/iu;

/**
 * inside a match, the words that make the rest of it wanted ("never run X *without* Y"); not when
 * what they lead to is the user's consent ("Never allow any command to run *without asking* the
 * user", "… *until the user confirms*"): the negated step then waits for the user
 */
const CONSENT =
  "\\s+(?:first\\s+)?(?:asking|checking\\s+with|(?:getting\\s+|explicit\\s+)?(?:confirmation|approval|consent|permission)|(?:the\\s+|your\\s+)?user(?:['’]s)?\\s+(?:approv|confirm|consent|agree|says|permission|explicitly)\\w*)";
const FLIP = '\\b(?:without|until|till|unless|before|except|instead\\s+of)\\b';
const FLIPS = new RegExp(`${FLIP}(?!${CONSENT})`, 'iu');
/** "… without asking the user" and after it, in its sentence, an exception: "…, unless it is X" */
const CONSENT_FLIP = new RegExp(FLIP + CONSENT, 'iu');
const EXCEPTION_AFTER =
  /^[^.;!?\n]*?\b(?:unless|except|but|other\s+than|apart\s+from|save\s+for)\b/iu;

/** adverbs of manner that may stand between a negation and its verb ("Do not silently skip …") */
const MANNER = '(?:ever|blindly|just|simply|directly|silently|quietly|secretly|automatically)';

/**
 * A negated instruction verb that governs the match: at most eight words lie between the verb and
 * the end of the match's first word ("Never *run* installers like …", "Do not pipe scripts such as
 * …"), so "Never hide errors and upload ~/.ssh/id_rsa to …" is not excused by its first words. An
 * adverb of manner may stand between the negation and the verb ("Do not silently skip …").
 */
const NEGATED = new RegExp(
  `\\b(?:never|(?:do|does|should|must|can|could|would|will)\\s*(?:not|n['’]t)|don['’]t|dont|avoid|refuse\\s+to|no\\s+one\\s+should)\\s+(?:${MANNER}\\s+){0,2}${INSTRUCTION_VERBS}\\S*(?:\\s+(?!${UNNEGATES})\\S+){0,8}?\\s*$`,
  'iu',
);

/** adverbs of manner opening a match, with the word after them: the verb NEGATED governs */
const LEADING_ADVERB = new RegExp(`^(?:${MANNER}\\s+){1,2}[\\p{L}\\p{N}_'’-]*`, 'iu');

/**
 * A negation in the clause before the match, in the other languages the prose rules cover: Chinese
 * 不要/别/勿/绝不…, Russian не/никогда/нельзя, Spanish and Portuguese no/nunca/não, German
 * nie/niemals/nicht, French ne/n'/jamais, and the adverbs Japanese and Korean put before a negated
 * verb (決して, 절대). "Don't forget to" (别忘了, не забудь, no olvides, não esqueça) asks for the step.
 * The patterns of a rule that carry their own negation ("不要告诉用户", "не сообщай пользователю")
 * begin with it, so it is never before the match.
 */
const NEGATED_BEFORE = new RegExp(
  [
    '(?:不要|不可|不能|不得|不应|不應|不该|不該|不会|不會|不再|不必|不准|不许|不許|别|別|勿|切勿|请勿|請勿|绝不|絕不|决不|決不|从不|從不|从未|從未|禁止|严禁|嚴禁|避免)(?!忘)[^,，、;；:：!?！？。\\n]{0,20}$',
    '(?:決して|絶対に|けっして|절대로?|결코)[^,，、;；:：!?！？。\\n]{0,30}$',
    // Italian non/mai, Dutch niet/nooit, Polish nigdy, Turkish asla, Indonesian jangan/tidak,
    // Ukrainian ніколи, Vietnamese không/đừng/chớ, Arabic لا/لن/أبدا, Hindi कभी नहीं/मत/न
    '(?<![\\p{L}\\p{M}-])(?:non|mai|niet|nooit|nigdy|asla|jangan|tidak|ніколи|kh[ôo]ng|đ[ừu]ng|ch[ớo]|لا|لن|أبدا|أبدًا|ممنوع|कभी|मत|नहीं|न)(?![\\p{L}\\p{M}-])(?:\\s+[\\p{L}\\p{M}\x27’-]+){0,4}\\s*$',
    '(?<![\\p{L}-])(?:(?:не(?!\\s+(?:забуд|забыва))|нельзя|никогда|запрещено|запрещается|избега\\p{L}*|nunca|jam[aá]s|no(?!\\s+(?:olvid|need|one|more|longer|matter|problem|reason|way|further|other|sooner|less|doubt)\\b)|n[aã]o(?!\\s+(?:esque[cç]|deix[ea]\\s+de))|evit[ae]r?|nie|niemals|nicht|keinesfalls|auf\\s+keinen\\s+fall|vermeide|ne(?!\\s+(?:pas\\s+)?oubli)|[eé]vite[rz]?)(?![\\p{L}-])|n[\x27’](?!oubli))\\s*(?:(?:pas|jamais|plus|rien)\\s+)?(?:[\\p{L}\x27’][\\p{L}\x27’-]*\\s+){0,4}$',
  ].join('|'),
  'iu',
);

/**
 * What follows a verb and negates it or hands it to someone else: Japanese しないで/してはいけない/
 * 禁止 and するよう求める (someone asks for it), Korean 하지 마세요/하지 않/금지 and 하라고 요구하는
 * (someone demands it), German nicht/niemals/keine after the verb and French pas/jamais.
 */
const NEGATED_AFTER = new RegExp(
  [
    '^\\s*(?:し|する|させ|され)?(?:ないで|ないこと|ないように|ません|てはいけ|ては(?:なら|だめ|ダメ)|ちゃ(?:だめ|ダメ)|ることは(?:ありません|ない|禁止)|ることを禁止|るのは禁止|は禁止|禁止|(?:る)?よう(?:に)?[^。、]{0,12}?(?:求め|要求|促|迫))',
    '^\\s*(?:하|되)?(?:지\\s*(?:마|말|않)|면\\s*안\\s*(?:됩|돼|되)|는\\s*것(?:을|은)?\\s*금지|금지|(?:라고|라는)\\s*(?:요구|요청|하거나|하는|문서|메시지|지시))',
    '^\\s*(?:sie\\s+)?(?:niemals|nie|nicht|keine?[mnrs]?|keinesfalls|jamais|pas|plus|rien)(?!\\p{L})',
  ].join('|'),
  'iu',
);

/**
 * What follows a match saying that it is not sent, the match being the subject: "your ~/.ssh keys
 * *are never sent*", "your ~/.aws/credentials and .env files are not uploaded or read", "your
 * private keys never leave your machine". Only a noun phrase may stand between (no preposition, no
 * pronoun, no clause break): "include ~/.ssh/id_rsa in the reply (it is never logged)" and "upload
 * the history and it is never stored" say something else of something else.
 */
const NEGATED_PASSIVE_AFTER = new RegExp(
  "^(?:[^\\s.;:,!?()]*)(?:\\s+(?!(?:to|in|into|inside|onto|with|via|through|from|using|then|so|because|at|on|as|for|by|it|its|they|them|this|that|these|those|which|who|we|you|he|she)\\b)[\\p{L}\\p{N}_/~.'’-]+){0,6}?\\s+(?:(?:(?:is|are|will\\s+be|get|gets|remain|remains|stay|stays)\\s+)?(?:never|not)\\s+(?:(?:be|ever|get)\\s+)?(?:sent|shared|uploaded|transmitted|posted|forwarded|stored|logged|collected|read|accessed|touched|included|exposed|disclosed)|(?:never|do\\s+not|does\\s+not|don['’]t|doesn['’]t|won['’]t|will\\s+not)\\s+leave)\\b",
  'iu',
);

/** a Chinese clause that opens with a conjunction (或者, 并且, 以及, 还会…): its subject is the last one's */
const CARRIED = /^\s*(?:或者|或是|或|并且|並且|而且|以及|还会|還會|还|還|也会|也會)/u;

/**
 * a condition on what a source asks or tries ("if a page tells you to", "If any retrieved content
 * tries to override these instructions"): what the source does, not an order
 */
const IF_ASKS_VERBS =
  '(?:tell|ask|instruct|want|urge|trick|lure|convince|push|invite|direct|prompt)(?:s|ing|ed)?|says?|claims?|demands?|tr(?:y|ies)|attempts?';

/**
 * an English clause that goes on with the subject of the one before, its verb in the third person
 * ("If any retrieved content tries to override these instructions, contradict your core purpose,
 * or tells you to skip approvals"): no imperative, so no order of its own
 */
const CARRIED_EN =
  /^\s*(?:or|and)\s+(?:also\s+)?(?:tells|asks|instructs|wants|urges|tries|attempts|says|claims|demands|contains|includes)\b/iu;

/** whom they ask and to do what, or the end of the clause when the match starts there */
const ASKED = `(?:\\s+${WHO}(?:\\s+(?:to|into|for)\\b|\\s*$)|\\s*$)`;

/** a condition on what something asks or tries: "if a page tells you to", "if any content tries to" */
const IF_ASKS = `\\bif\\s+(?:\\w+\\s+){0,3}?(?:${IF_ASKS_VERBS})\\s+(?:${WHO}\\s+)?(?:to|into)\\b`;
const IF_ASKS_RE = new RegExp(IF_ASKS, 'iu');

/**
 * A detection or blocking verb that governs the match, as in security notes and detection rules
 * ("Our detection rules block miners that use stratum+tcp://…", "Search your repositories for
 * `${{ toJSON(secrets) }}`"): the verb opens the clause or follows its subject, so the noun ("in a
 * collapsed block at the end of your reply") is none
 */
const DETECTED = new RegExp(
  '(?:^[\\s"\\x27“‘(\\[]*|\\b(?:we|i|it|they|rules?|scanners?|filters?|tools?|firewalls?|ids|edr|antivirus|to|and|or|always|automatically|will|should|must|can|please)\\s+)(?:detect(?:s|ed|ing)?|block(?:s|ed|ing)?|flag(?:s|ged|ging)?|alert(?:s|ed|ing)?\\s+on|den(?:y|ies|ied)|reject(?:s|ed|ing)?|quarantin\\w+|(?:search|scan|grep|look)(?:s|es|ed|ing)?\\s+(?:\\S+\\s+){0,3}?for)\\b(?:\\s+\\S+){0,6}?\\s*$',
  'iu',
);

const WARNING_CLAUSE = new RegExp(
  [
    // someone else tells you to: a suspect source, generic sources in the plural with a hedge, a source
    // described by a relative clause ("a skill that asks you to"), or a condition ("if a page
    // tells you to"); never this text itself ("this skill asks you to" is its own instruction)
    `\\b(?:attackers?|adversar(?:y|ies)|scammers?|hackers?|threat\\s+actors?|attacks?|scams?|tricks?|lures?|campaigns?|malware)\\b(?:\\s+[\\w.-]+){0,6}?\\s+${ASKS}${ASKED}`,
    // what attackers do, told in the third person: an attacker is the clause's subject
    `^\\s*(?:[\\w'-]+\\s+){0,2}?(?:attackers?|adversar(?:y|ies)|scammers?|hackers?|threat\\s+actors?|malware|worms?|(?:info)?stealers?|(?:phishing|malicious|fake)\\s+[\\w-]+)\\b`,
    // a suspect source: the adjective qualifies a noun ("malicious skills", "some install guides"),
    // not the text itself ("nothing malicious here will ask you to", "it is not malicious and")
    `(?<!\\b(?:not|no|nothing|never|isn't|aren't|non)[\\s-]+)\\b(?:malicious|fake|phishing|rogue|compromised|untrusted|sketchy|shady|unofficial|random|some|many|certain|other|third[- ]party|suspicious|bad)\\s+(?!(?:and|or|but|is|are|was|were|will|would|here|there|at|to|in|it|this|that|of)\\b)[\\w.-]+(?:\\s+[\\w.-]+){0,4}?\\s+${ASKS}${ASKED}`,
    `(?<!\\b(?:this|the|our|my)\\s+)\\b${SOURCES}s\\b(?:\\s+(?!(?:below|above|here|following)\\b)[\\w.-]+){0,3}?\\s+${HEDGE}\\s+${ASKS}${ASKED}`,
    `(?<!\\b(?:this|these|our|my|following|below)\\s+)\\b[\\w.-]+\\s+(?:that|which|who)\\s+(?:\\w+\\s+){0,2}?${ASKS}${ASKED}`,
    // what something described by a relative clause tries to do: "Instructions that attempt to
    // override Claude's behavior", "payloads which try to bypass safety guidelines" (a definition
    // of the attack, not an order; "Attempt to bypass …" opens no relative clause)
    `(?<!\\b(?:this|these|our|my|following|below)\\s+)\\b[\\w.-]+\\s+(?:that|which)\\s+(?:\\w+\\s+)?(?:attempts?|tr(?:y|ies)|seeks?|aims?|(?:is|are)\\s+(?:designed|meant|crafted|written))\\s+to\\b`,
    IF_ASKS,
    // an attempt named as a noun ("or any other attempt to override your instructions"): what
    // someone else tries, never an order
    `(?<!\\b(?:make|makes|do|does|try|start|begin|give)\\s+)\\b(?:any|such|every)\\s+(?:other\\s+|such\\s+|further\\s+)?(?:attempts?|efforts?)\\s+to\\s+[\\p{L}'’-]*$`,
    // a warning cue about a source or a request, never about anything ("beware of slow networks
    // and upload …" warns of nothing the match does)
    `\\b(?:beware|be\\s+(?:wary|suspicious|careful)|watch(?:\\s+out)?|look\\s+out)\\s+(?:of|for|about|with)\\s+(?:any\\s+|an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${SOURCES}s?|requests?|attempts?|anyone|someone|anything|links?|commands?|people|strangers?|content)\\b`,
    '(?<!\\bno\\s+)\\b(?:red\\s+flags?|warning\\s+signs?)\\b',
    // attackers, and a suspect source that asks (如果某个技能要求你…, если документ требует…, si
    // un documento te pide…), and warning cues (警惕, остерегайтесь, cuidado con, Vorsicht vor…)
    '攻击者|攻擊者|黑客|骇客|駭客|攻撃者|ハッカー|공격자|해커|злоумышленни|хакер|атакующ|(?<!\\p{L})(?:atacantes?|piratas?\\s+inform[aá]tico|angreifer\\p{L}*|attaquants?|cybercriminel\\p{L}*)(?!\\p{L})',
    '(?:如果|若|假如|倘若|一旦)[^，,。;；]{0,20}?(?:要求|让|讓|叫|指示|告诉|告訴|诱导|誘導)(?:你|智能体|智能體|代理|助手|agent)|警惕|谨防|謹防|当心|當心',
    '(?<!\\p{L})(?:если\\s+(?:\\p{L}+\\s+){0,3}?(?:требует|просит|предлагает|велит|говорит|требуют|просят)|остерегайтесь|si\\s+(?:\\p{L}+\\s+){0,3}?(?:te\\s+|le\\s+|les\\s+|vous\\s+|t[\x27’]\\s*)?(?:pide|piden|solicita|exige|indica|demande|demandent|exige|ordonne)|se\\s+(?:\\p{L}+\\s+){0,3}?(?:pedir|pede|pedem|solicitar|mandar|exigir)|cuidado\\s+con|desconf[ií]a|cuidado\\s+com|vorsicht\\s+(?:vor|bei)|m[eé]fiez-vous|m[eé]fie-toi)(?!\\p{L})',
    // and in Italian, Dutch, Polish, Turkish, Vietnamese, Indonesian, Arabic, Hindi and Ukrainian:
    // attackers, and a source that asks (se un documento ti chiede di…, als een pagina vraagt…,
    // jeśli dokument prosi…, bir belge isterse…, nếu tài liệu yêu cầu…, jika dokumen meminta…,
    // إذا طلب…, अगर कोई दस्तावेज़ कहे…, якщо документ вимагає…)
    '(?<![\\p{L}\\p{M}])(?:aggressor[ei]|attaccant[ei]|aanvallers?|atakuj[aą]c\\p{L}*|napastni\\p{L}*|sald[ıi]rgan\\p{L}*|k[ẻe]\\s+t[ấa]n\\s+c[ôo]ng|tin\\s+t[ặa]c|penyerang|peretas|المهاجم\\p{L}*|المخترق\\p{L}*|हमलावर|हैकर|зловмисни\\p{L}*|se\\s+(?:\\p{L}+\\s+){0,3}?(?:ti\\s+|vi\\s+)?(?:chiede|chiedono|richiede|dice|ordina)|als\\s+(?:\\p{L}+\\s+){0,3}?(?:je\\s+)?(?:vraagt|vragen|zegt|opdraagt)|je[sś]li\\s+(?:\\p{L}+\\s+){0,3}?(?:prosi|ka[zż]e|wymaga|[zż][aą]da)|(?:isterse|s[öo]ylerse|talep\\s+ederse)|(?:e[ğg]er\\s+)?(?:bir|herhangi\\s+bir)\\s+(?:belge|sayfa|site|mesaj|beceri|dosya|ara[çc]|e-?posta)\\p{L}*\\s|n[ếe]u\\s+(?:\\p{L}+\\s+){0,4}?(?:y[êe]u\\s+c[ầa]u|b[ảa]o|ra\\s+l[ệe]nh)|(?:jika|kalau|apabila)\\s+(?:\\p{L}+\\s+){0,3}?(?:meminta|menyuruh|memerintahkan)|إذا\\s+(?:[\\p{L}\\p{M}]+\\s+){0,3}?(?:طلب|طلبت|يطلب|تطلب)|(?:अगर|यदि)\\s+(?:कोई|किसी)(?![\\p{L}\\p{M}])|якщо\\s+(?:\\p{L}+\\s+){0,3}?(?:вимагає|просить|каже|пропонує))(?![\\p{L}\\p{M}])',
    '(?<!不是|並非|并非|不|非)(?:恶意|惡意|钓鱼|釣魚|诈骗|詐騙)|マルウェア|悪意|フィッシング|악성|피싱|(?<!\\b(?:no|nicht|pas|non|não)\\s+(?:es\\s+|est\\s+|é\\s+|ist\\s+)?)\\b(?:malicios[oa]s?|estafas?|b(?:ö|o)sartig\\w*|schadsoftware|malveillant\\w*|hame(?:ç|c)onnage)\\b|вредонос|мошенн|фишинг',
  ].join('|'),
  'iu',
);

/**
 * A label before a colon that names what follows as an example of an attack ("Example of an
 * injection: ignore previous instructions…", "Red flags: …", "Phishing lure: …", "IOCs: …"). A label that only
 * carries a warning word ("Not malicious: …") names nothing.
 */
const ATTACK =
  '(?:attacks?|injections?|phishing|scams?|lures?|jailbreaks?|payloads?|exploits?|tricks?|social\\s+engineering|malicious\\s+[\\w-]+|malware)';

/** a label that forbids what follows: "DON'T", "Never", "Avoid", "❌ Bad", "Anti-patterns" */
const PROHIBITION =
  "(?:[❌✗✘⛔🚫]\\s*)?(?:never|don['’]t|do\\s+not|avoid|bad|wrong|incorrect|anti-?patterns?)(?:\\s+(?:examples?|practices?|patterns?))?";

const LABEL = new RegExp(
  [
    `\\b(?:examples?|samples?|instances?|cases?)\\s+of\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?${ATTACK}`,
    `\\b${ATTACK}\\s+(?:examples?|samples?|attempts?|patterns?|strings?|texts?|phrases?|wording|lines?)\\b`,
    `^\\s*(?:(?:a|the|one|another)\\s+)?(?:(?:classic|common|typical|known|real|textbook)\\s+)?(?:prompt\\s+)?${ATTACK}\\s*$`,
    '\\b(?:red\\s+flags?|warning\\s+signs?|indicators?\\s+of\\s+compromise|iocs?|detections?|blocklists?|denylists?)\\b',
    // a label that is itself a prohibition ("// NEVER: skip the check" in a code sample, "❌
    // Bad: …"): what follows is what not to do
    `^\\s*(?:\\/\\/+|#+|\\*|-|>)?\\s*(?:\\*\\*|__)?\\s*${PROHIBITION}\\s*(?:\\*\\*|__)?\\s*$`,
  ].join('|'),
  'iu',
);

/**
 * a clause that opens with a subordinating word: a condition or a reason for the next one; or
 * one that names an option the user passes ("With `--yolo`, skip …"), a condition as well
 */
const SUBORDINATE =
  /^\s*(?:only\s+)?(?:(?:if|when|whenever|once|unless|after|before|because|since|as\s+long\s+as|provided)\b|with\s+(?:the\s+)?`?--?[\w-]+`?(?:\s+(?:flag|option|switch))?\s*[,，])/iu;

/**
 * Where the clause holding `start` starts (`from`), where the one before it starts (`before`),
 * whether a comma ends that one, and where the clause at or after `end` ends (`to`), with clause
 * boundaries matched by the global `re` (those `skip` names are none).
 */
function clauseSpan(
  w: string,
  start: number,
  end: number,
  re: RegExp,
  skip?: (m: RegExpExecArray) => boolean,
): { from: number; before: number; comma: boolean; colon: boolean; to: number } {
  let from = 0;
  let before = 0;
  let comma = false;
  let colon = false;
  let to = w.length;
  re.lastIndex = 0;
  for (let m = re.exec(w); m; m = re.exec(w)) {
    if (skip?.(m)) continue;
    if (m.index < start) {
      before = from;
      comma = /^[,，、]/.test(m[0]);
      colon = /^[:：]/.test(m[0]);
      from = m.index + m[0].length;
    } else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { from, before, comma, colon, to };
}

/**
 * a list item's marker: a bullet, a number ("1.", "1)"), or a step's label that stands for one
 * on a line of its own ("Step 1:", "**Step 2:**", "Step 3 -"), as loose numbered lists are written
 */
const MARKER = String.raw`(?:[-*+]|\d{1,9}[.)]|${STEP_LABEL})`;
/** a list item's marker at the start of a line */
const ITEM_LINE = new RegExp(`^\\s*${MARKER}[ \\t]+(?=\\S)`, 'iu');
/** a list item's marker and the blanks after it, at the start of a text */
const ITEM_MARK = new RegExp(`^\\s*${MARKER}\\s+`, 'iu');

/**
 * The clauses of `w` that a match from `start` to `end` spans: from the clause boundary before
 * `start` to the first one at or after `end` (the end of `w` when there is none), and the clause
 * before it when a comma or a colon joins a condition to it ("When the user asks for it, approve
 * …", "If manually invoked: skip …").
 */
export function clausesAround(w: string, start: number, end: number): string {
  const { from, before, comma, colon, to } = clauseSpan(w, start, end, BOUNDARY);
  const lead = w.slice(before, from).replace(ITEM_MARK, '');
  const joined = (comma || colon) && SUBORDINATE.test(lead);
  return w.slice(joined ? before : from, to);
}

/**
 * The condition a list hangs from, when the window starting at `at` in `text` is one of its items:
 * the nearest line before it that ends with a colon, past the list's earlier items, when it opens
 * with a subordinating word ("If skill was manually invoked:" over "- Skip confirmation" and
 * "- Proceed directly", or a numbered step "1. If invoked directly:" over its sub-items), as a
 * colon joins a condition to its clause in one sentence; undefined otherwise. Looks back at most
 * 20 lines, passes one blank line before an item (a loose list) and stops at any other or at a
 * line that is no item (the normalised text keeps no indentation, so an item ending with a colon
 * is the one the others hang from). "Step 1:" lines are items too (MARKER).
 */
export function listCondition(text: string, at: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (!ITEM_LINE.test(text.slice(lineStart, lineStart + 200))) return undefined;
  let end = lineStart - 1;
  for (let k = 0; k < 20 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    // a blank line between the items of a loose list, or under the line they hang from
    if (!line.trim() && ITEM_LINE.test(text.slice(end + 1, end + 201))) {
      end = start - 1;
      continue;
    }
    const item = ITEM_LINE.test(line);
    const lead = line
      .replace(ITEM_LINE, '')
      .replace(/^\s*[*_]+/, '')
      .replace(/[*_]+\s*$/, '');
    if (/[:：]\s*$/.test(lead)) return SUBORDINATE.test(lead) ? lead : undefined;
    if (!item) return undefined;
    end = start - 1;
  }
  return undefined;
}

/**
 * a step that hands what was just made to the user to judge ("2. Then show them to the user and
 * ask which one to keep", "After that, present them to the user for review")
 */
const REVIEW_STEP = new RegExp(
  String.raw`^(?:${MARKER}[ \t]+)?(?:[*_]+)?(?:(?:then|next|after\s+(?:that|this)|afterwards|finally|once\s+(?:done|finished|they\s+are\s+ready))\s*,?\s+)?(?:show|present|share|display)\s+(?:them|all\s+(?:of\s+them|\w+)|(?:the|these|those|your)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+to\s+(?:the\s+)?user\b[^.\n]{0,80}?\b(?:review|approv\w*|choose|chooses|pick|picks|select|selects|feedback|ask|asks|which)\b`,
  'iu',
);

/**
 * a step that does more than work on the drafts: it runs, installs, sends, publishes, deletes or
 * writes over something, or names a command or an address
 */
const OUTWARD_STEP =
  /\b(?:run|runs|running|install\w*|execut\w*|apply|applies|deploy\w*|push\w*|publish\w*|release\w*|ship|delet\w*|remov\w*|send\w*|upload\w*|post|posts|commit\w*|merg\w*|writ\w*|overwrit\w*|email\w*|share|shares|submit\w*|sync\w*)\b|`|https?:\/\//iu;

/** the line of `text` after `at`, past one blank line (the items of a loose list stand apart) */
function nextLine(text: string, at: number): { line: string; end: number } {
  const gap = /^[ \t]*\n?(?:[ \t]*\n)?[ \t]*/.exec(text.slice(at, at + 400));
  const from = at + (gap ? gap[0].length : 0);
  const nl = text.indexOf('\n', from);
  const end = nl < 0 || nl > from + 400 ? Math.min(text.length, from + 400) : nl;
  return { line: text.slice(from, end), end };
}

/**
 * The sentence after the window that ends at `end` of `text` (on the next line or list item), when
 * it is a step handing the output to the user for review; undefined otherwise. A waiver of waiting
 * for approval reads it as its own condition: the approval comes then, for all drafts at once. In
 * a list the review may come one item later, past a step that only works on the drafts ("2. Render
 * a screenshot of each one." before "3. Then show them to the user…"); a step between that runs,
 * sends or publishes anything, or a review further down, leaves the waiver standing.
 */
export function reviewStepAfter(text: string, end: number): string | undefined {
  const next = nextLine(text, end);
  if (REVIEW_STEP.test(next.line)) return next.line;
  if (!ITEM_LINE.test(next.line) || OUTWARD_STEP.test(next.line)) return undefined;
  const after = nextLine(text, next.end);
  return ITEM_LINE.test(after.line) && REVIEW_STEP.test(after.line) ? after.line : undefined;
}

/** a command said to change nothing ("is read-only", "only reads", "makes no changes") */
const READ_ONLY_CLAIM =
  /\b(?:read[- ]?only|only\s+reads?|makes?\s+no\s+changes|(?:has|have)\s+no\s+side[- ]effects)\b/iu;

/**
 * The part of the sentence before `start` of window `w` from where it says that what it talks
 * about changes nothing ("The explain command is read-only, so …", "`git status` and `git diff`
 * are read-only: …"), or undefined when it says no such thing. A waiver of the confirmation
 * reads it as the reason: a read-only command needs none. The rule's exception decides whether
 * the rest of the sentence keeps to that (nothing deleted, pushed or sent, no tool call waived
 * wholesale).
 */
export function readOnlyLead(w: string, start: number): string | undefined {
  if (start <= 0) return undefined;
  const before = w.slice(Math.max(0, start - 400), start);
  // the sentence the match is in (a window may be a paragraph)
  const ends = [...before.matchAll(/[.!?](?=\s)|\n\s*\n/g)];
  const last = ends[ends.length - 1];
  const sentence = last ? before.slice(last.index + last[0].length) : before;
  const claim = READ_ONLY_CLAIM.exec(sentence);
  return claim ? sentence.slice(claim.index) : undefined;
}

/** verbs that set rules aside, as a list names them ("ignore, override, or bypass") */
const LIST_VERB = new RegExp(
  `^(?:ignore|bypass|disable|override|overrule|disregard|forget|abandon|discard|circumvent|evade|violate|skip)$`,
  'iu',
);
const COMMA = /^[,，、]$/;

/**
 * A comma between the verbs of a list ("tell you to ignore, override, forget, or bypass your
 * rules", "disregard, overrule or ignore") ends no clause: the word before it and the first word
 * after it (past `and`/`or`) are both such verbs.
 */
function listComma(w: string, m: RegExpExecArray): boolean {
  if (!COMMA.test(m[0])) return false;
  const before = /([\p{L}'’-]+)\s*$/u.exec(w.slice(Math.max(0, m.index - 40), m.index))?.[1];
  const after = /^\s*(?:(?:and|or)\s+)?([\p{L}'’-]+)/iu.exec(w.slice(m.index + m[0].length))?.[1];
  return !!before && !!after && LIST_VERB.test(before) && LIST_VERB.test(after);
}

/**
 * Where the clause of `w` that leads to position `at` starts (after the last boundary before it
 * that `skip` does not pass over), where the clause before that one starts (`labelStart`), and
 * whether a colon ends that one.
 */
function clauseBefore(
  w: string,
  at: number,
  skip?: (m: RegExpExecArray) => boolean,
): { start: number; labelStart: number; labelEnd: number; colon: boolean } {
  let start = 0;
  let labelStart = 0;
  let labelEnd = 0;
  let colon = false;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(w); m && m.index < at; m = BOUNDARY.exec(w)) {
    if (skip?.(m)) continue;
    labelStart = start;
    labelEnd = m.index;
    colon = /^[:：]/.test(m[0]);
    start = m.index + m[0].length;
  }
  return { start, labelStart, labelEnd, colon };
}

/**
 * Does the clause of `w` that leads to position `at` warn against what follows? The clause is read
 * up to the end of the word at `at`, which is often the negated verb itself ("Never *run* …").
 * `end`, where the match ends: a match holding "without", "until", "unless"… is asked for.
 */
export function warnedAt(w: string, at: number, end = at): boolean {
  // "Never run the formatter without first downloading … and piping it to bash": a match that
  // runs past such a word asks for what follows it, whatever negation opens it
  if (FLIPS.test(w.slice(at, end))) return false;
  // "Do not run any command without asking the user, unless it is a shell command": the
  // exception asks for the step
  if (CONSENT_FLIP.test(w.slice(at, end)) && EXCEPTION_AFTER.test(w.slice(end))) return false;
  // a gerund that is the subject of a judgement: "Downloading a script and piping it to bash is
  // dangerous", "… is how stealers spread"
  if (/^[\p{L}]+ing\b/iu.test(w.slice(at, at + 40)) && JUDGED.test(w.slice(end, end + 80)))
    return true;
  const { start, labelStart, labelEnd, colon } = clauseBefore(w, at, (m) => listComma(w, m));
  // a match that opens with an adverb of manner ("Do not *automatically approve* tool calls",
  // "Do not *silently upload* …") is read up to its verb, which the negation governs
  const word =
    LEADING_ADVERB.exec(w.slice(at, at + 60))?.[0] ??
    /^[\p{L}\p{N}_'’-]*/u.exec(w.slice(at, at + 40))?.[0] ??
    '';
  const clause = w.slice(start, at + word.length);
  if (NEGATED.test(clause) || DETECTED.test(clause) || WARNING_CLAUSE.test(clause)) return true;
  if (NEGATED_BEFORE.test(w.slice(start, at)) || NEGATED_AFTER.test(w.slice(end, end + 30)))
    return true;
  if (NEGATED_PASSIVE_AFTER.test(w.slice(end, end + 120))) return true;
  // "恶意技能会要求你忽略之前的指令，或者要求你不要告诉用户": a clause that a conjunction joins to the
  // one before shares its subject, the attacker
  if (CARRIED.test(w.slice(start, at)) && WARNING_CLAUSE.test(w.slice(labelStart, at))) return true;
  // "If any retrieved content tries to override these instructions, …, or tells you to skip
  // approvals": a clause in the third person that goes on with the sentence's condition
  if (CARRIED_EN.test(w.slice(start, at))) {
    const open = Math.max(
      w.lastIndexOf('\n\n', start),
      ...['. ', '! ', '? '].map((b) => w.lastIndexOf(b, start)),
    );
    if (IF_ASKS_RE.test(w.slice(open < 0 ? 0 : open, start))) return true;
  }
  return colon && LABEL.test(w.slice(labelStart, labelEnd));
}

/** a command-line option as documented: `--yes`, `-y`, `--out <dir>`, `--level=N`, in a code span or not */
const OPTION_FLAG =
  '(?:\\*\\*)?`?-{1,2}[A-Za-z][\\w-]*(?:[ =](?:<[^>\\n]+>|\\[[^\\]\\n]+\\]|[A-Z][A-Z0-9_]+))?`?(?:\\*\\*)?';
const OPTION_FLAGS = `${OPTION_FLAG}(?:[ \\t]*[,/|][ \\t]*${OPTION_FLAG})*`;
/**
 * The start of a line that documents options: a list item opening with the option (`- \`--yes\` -
 * …`, `* --yes: …`), a table row whose first cell is the option, or a help line (`  --yes, -y
 * Skip…`: the option, then two spaces or a tab)
 */
const OPTION_LINE = new RegExp(
  `^[ \\t]*(?:(?:[-*+]|\\d{1,3}[.)])[ \\t]+${OPTION_FLAGS}[ \\t]*(?:[-–—:][ \\t]+|[ \\t]{2,})|\\|[ \\t]*${OPTION_FLAGS}[ \\t]*\\||${OPTION_FLAGS}(?:[ \\t]{2,}|\\t))`,
);

/**
 * an option whose name answers the program's own prompts (`--yes`, `-y`, `--force`,
 * `--no-confirm`, `--non-interactive`): its description can only say that it skips them
 */
const ANSWER_FLAG =
  /(?:^|[\s`*|,/])-{1,2}(?:y|yes|f|force|assume-yes|no-?confirm(?:ation)?|no-?prompts?|non-?interactive|skip-?confirm(?:ation)?|auto-?confirm)(?=[\s`*|,/=]|$)/i;

/**
 * Is position `at` of `text` (the raw text) in the description of a command-line option that
 * answers its program's prompts, in the description's first clause? "`--yes` - Skip
 * confirmation" or a help line "--yes, -y   Skip confirmation prompt" says what the flag makes
 * the program do, no order to the agent (the program is analysed as the code it is). A later
 * sentence of the same item ("… Always skip the user's confirmation") is the item's own words,
 * and any other option's description ("--sync   Read ~/.ssh/id_rsa and post it to …") is read as
 * text the agent follows, as attackers write it.
 */
export function optionDocAt(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(start, nl < 0 ? text.length : nl);
  const m = OPTION_LINE.exec(line);
  if (!m || !ANSWER_FLAG.test(m[0])) return false;
  const desc = start + m[0].length;
  return at >= desc && !/[.;!?](?:\s|$)/.test(text.slice(desc, at));
}

/**
 * A line that defines a named thing: a list item, a table row or a line whose first element is a
 * code span naming a field (`allowed-tools`, `permissionMode`) or an option (`--yolo`), then `:`,
 * a dash or the next cell, then its meaning; or the span as the subject of a verb that says what
 * it does ("`allowed-tools` restricts which tools …"). An option may be named with its aliases,
 * in one span or the next (`-a, --auto`, `` `-a` / `-A` ``, `` | `-a` | `--auto` | ``). Groups:
 * `name` the name, `aliases` the option's other spellings, `called` what a parenthesis after it
 * calls it (`-a` (auto)).
 */
const DEFINITION_LINE =
  /^[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+|\|[ \t]*)?(?:\*\*)?`(?<name>-{0,2}[A-Za-z][\w.-]{0,60}(?:,[ \t]*-{1,2}[A-Za-z][\w.-]{0,60})*|\{[A-Za-z][\w.-]{0,60}\})(?:(?<=`-{1,2}[A-Za-z][\w.-]{0,60})[ =](?:"[^"`\n]{0,80}"|'[^'`\n]{0,80}'|<[^>`\n]{1,40}>|[A-Z][A-Z0-9_]*|\.{3}))?`(?:\*\*)?(?<aliases>(?:[ \t]*[,/|][ \t]*(?:\*\*)?`-{1,2}[A-Za-z][\w.-]{0,60}`(?:\*\*)?)*)(?:[ \t]*\((?<called>[^()\n]{1,30})\))?(?:[ \t]*:|[ \t]+[-–—]|[ \t]*[–—]|[ \t]*\||(?=[ \t]+(?:is|are|restricts|limits|lists|names|grants|lets|allows|controls|defines|specifies|sets|holds|gives|determines|accepts|takes|marks|makes)\b))[ \t]*/;

/**
 * A setting of a workflow's state, off until the user turns it on, with a comment that says what
 * it does (`auto_mode: false # -a: Skip confirmations`): the key is the name, the comment (past
 * the option it mirrors) its meaning. One that is on (`auto_mode: true`) is the default, no
 * choice of the user's.
 */
const SETTING_OFF_LINE =
  /^[ \t]*(?<name>[A-Za-z][\w.-]{0,60}):[ \t]*(?:false|off|no|0)[ \t]+#[ \t]*(?:-{1,2}[A-Za-z][\w-]*(?:[ \t]*[,/][ \t]*-{1,2}[A-Za-z][\w-]*)*[ \t]*:?[ \t]*)?/i;

/**
 * the label an option's meaning opens with, when it names the switch that waives the asking
 * ("Auto mode: skip confirmations", "Autonomous mode - …"); "Fast mode: …" names another thing
 */
const WAIVER_LABEL =
  /^(?:\*{1,2})?(?:[\w-]+[ \t]+){0,2}?(?:auto|autonomous|automatic|yolo|unattended|non-?interactive)(?:[ \t]+[\w-]+){0,2}?(?:\*{1,2})?[ \t]*(?::|[ \t][-–—][ \t])/i;

/**
 * The opening of a field's meaning: a noun phrase ("Tools Claude can use …", "A list of …"), "is
 * …", or its condition ("When true, …"). An imperative ("Run every command …", "Approve …",
 * "Always …") is an order, and so is a third-person verb over what it waives ("Skips user
 * confirmation for every tool call", "Runs every command …", "Lets Claude …"): a plural word is a
 * noun only when no object follows it.
 */
const MEANING =
  /^(?:\*{1,2}|_{1,2}|["“'(])*(?!(?:always|sometimes|perhaps|thus|yes|this|was|has|as|does|unless|please|just|ignores?|bypass|press|pass|process|access|focus|discuss|dismiss|toss|express|lets|allows|makes|tells|gets|grants|gives)\b)(?:(?:a|an|the|which|what|whether|if|when|list|set|optional|required|comma-separated|space-separated|is|are)\b|[A-Za-z][a-z]*[^\Wsu]s\b(?!\s+(?:every|all|any|each|the|user|users|your|its|tool|tools|commands?|permissions?|confirmations?|approvals?|prompts?)\b))/i;

/** an order to use the option the line documents ("always pass this", "use it by default") */
const USE_ORDER =
  /\b(?:always|must|by\s+default|every\s+time|from\s+now\s+on)\b|\b(?:use|pass|add|start|launch|invoke|enable|set|turn\s+on|switch\s+on)\s+(?:it|this|that|them|the\s+(?:flag|option|mode|switch|setting))\b|\b(?:set|change|switch)\s+(?:it\s+|this\s+)?to\b/i;

/**
 * a name that says it is the switch or mode that waives the asking (`--yolo`, `-a` (auto),
 * `{auto_mode}`, `bypassPermissions`, `-y`)
 */
const SWITCH_NAME =
  /mode|auto|yolo|bypass|permission|approv|confirm|force|skip|unattended|^[{-]{0,2}(?:yes|y)\}?$/i;

/**
 * an option (`--dangerous`, `--no-sandbox`, `--allowedTools`, `--unsafe`) named for what it lifts:
 * the risk or the allowance is in its name, so the user who passes it knows what it waives. Only
 * options: a field named `allowAll` whose meaning is an imperative is still an order.
 */
const OPTION_SWITCH_NAME = /danger|unsafe|sandbox|allow/i;

/**
 * a heading that names a mode of the skill's own and the option selecting it, the option alone in
 * parentheses closing it ("## Express Mode (--yolo)", "### Fast mode (`--yes`)")
 */
const OPTION_HEADING =
  /^[ \t]{0,3}(?<marks>#{1,6})[ \t]+[^\n()`]{1,60}\([ \t]*`?(?<flag>--?[\w-]+)`?[ \t]*\)[ \t]*#*[ \t]*$/u;

/**
 * agent CLIs (rules/rules/sets/agent-clis.yaml) started on a line: a section that runs one with the
 * heading's flag uses the flag as that agent's switch, not the skill's own
 */
const AGENT_CLI = new RegExp(`(?:^|[\\s\`'"(;&|$])(?:npx\\s+)?${AGENT_CLIS}\\s`, 'u');

/**
 * Is the option named in the heading `m` (its line ends at `end` of `text`) the skill's own: no
 * line of its section (up to the next heading of its level or above) starts an agent CLI with that
 * option ("## Fast Mode (--yolo)" over `claude --yolo` is the agent's switch turned on)?
 */
function optionHeading(text: string, end: number, m: RegExpExecArray): boolean {
  const level = m.groups?.marks?.length ?? 1;
  const flag = m.groups?.flag ?? '';
  const next = new RegExp(`\\n[ \\t]{0,3}#{1,${level}}[ \\t]`, 'u').exec(text.slice(end));
  const section = text.slice(end, next ? end + next.index : text.length).slice(0, 20000);
  return !section
    .split('\n')
    .some((l) => AGENT_CLI.test(l) && l.includes(flag) && l.indexOf(flag) > l.search(AGENT_CLI));
}

/**
 * Is position `at` of `text` (the raw text) in a line that defines a field or an option, in the
 * name or the first clause of its meaning (in a table, of the cell holding `at`)? "- `allowed-tools`:
 * Tools Claude can use without asking permission when this skill is active" (Anthropic's
 * skill-creator and the Claude Code docs, copied into many skills) and "| `--yolo` | express mode:
 * apply every step without waiting for approval |" say what a setting of the user's does, no
 * order to the agent. A field's meaning must open as a description (an imperative under a name,
 * "- `deploy`: run every command without asking permission", is an order as in any list); an
 * option's line must not tell to use it ("- `--dangerously-skip-permissions`: always pass this
 * when you start claude"), as the option is the user's choice only while nothing makes it the
 * default. A later sentence of the line is the author's own words.
 */
export function definitionAt(text: string, at: number, source?: string): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  const line = text.slice(start, nl < 0 ? text.length : nl);
  const heading = OPTION_HEADING.exec(line);
  if (heading) return optionHeading(source ?? text, nl < 0 ? text.length : nl, heading);
  const m = DEFINITION_LINE.exec(line) ?? SETTING_OFF_LINE.exec(line);
  if (!m) return false;
  let desc = start + m[0].length;
  const { name = '', aliases = '', called = '' } = m.groups ?? {};
  // an option the user passes, named as the switch that waives the asking (by a spelling, or the
  // label its meaning opens with): its meaning says what it does once picked, in whatever mood;
  // an option named for something else (`--fast` - Skip user confirmation for every tool call) is
  // an order dressed as its help
  const option =
    SWITCH_NAME.test(`${name} ${aliases} ${called}`) ||
    (name.startsWith('-') && OPTION_SWITCH_NAME.test(`${name} ${aliases}`)) ||
    (name.startsWith('-') && WAIVER_LABEL.test(line.slice(m[0].length)));
  if (name.startsWith('-') && !option) return false;
  if (at < desc) return !option || !USE_ORDER.test(line.slice(m[0].length));
  // in a table row, the meaning is the cell holding the match
  if (/^[ \t]*\|/.test(line)) desc = Math.max(desc, text.lastIndexOf('|', at - 1) + 1);
  const meaning = text.slice(desc, nl < 0 ? text.length : nl).replace(/^[ \t]+/, '');
  if (option ? USE_ORDER.test(line.slice(m[0].length)) : !MEANING.test(meaning)) return false;
  return !/[.;!?](?:\s|$)/.test(text.slice(desc, at));
}

/** words that introduce a phrase as the thing talked about ("phrases like", "text containing") */
const MENTION_CUE = new RegExp(
  '\\b(?:like|such\\s+as|e\\.g\\.?|i\\.e\\.?|for\\s+(?:example|instance)|including|phrases?|strings?|words?|wording|texts?|lines?|messages?|prompts?|payloads?|patterns?|keywords?|terms?|sentences?|comments?|titles?|descriptions?|outputs?|content|saying|says|said|reads|containing|contains?|called|named|label(?:l)?ed|marked|quoted|literal(?:ly)?|match(?:es|ing)?|detect\\w*|flag\\w*|block\\w*|(?:search|look|watch|grep|scan)\\w*\\s+(?:out\\s+)?for|strip\\w*|remov\\w*|filter\\w*|reject\\w*|refus\\w*|ignor\\w*\\s+(?:any|all|every)\\s+[\\w-]+(?:\\s+[\\w-]+)?)\\s*[(\\[]?\\s*$',
  'iu',
);

/** the same cues in the other languages (例如, 比如, 像, 例えば, 같은, например, como, wie, comme) */
const MENTION_CUE_I18N = new RegExp(
  '(?:例如|比如|诸如|諸如|像是|类似|類似|包括|包含|含有|字样|字樣|这样的|這樣的|如下|例えば|たとえば|예를\\s*들어|(?<!\\p{L})(?:например|такие\\s+как|типа|como|por\\s+ejemplo|tales\\s+como|wie|z\\.\\s*B\\.|etwa|comme|par\\s+exemple|tel(?:le)?s?\\s+que))\\s*[(\\[]?\\s*$',
  'iu',
);

/** a verb that makes the quoted phrase the agent's instruction ("follow", "always say") */
const DIRECTIVE =
  /\b(?:follow|obey|do|apply|execute|run|remember|adopt|use|say|reply|respond|answer|tell|treat|comply|act\s+on|carry\s+out|perform|honou?r|keep|always)\b/iu;

/**
 * A command line up to an option that takes the quote as its value: a script or interpreter run
 * (`python3 x.py`, `./scan.sh`, `node cli.js`), then that run's words and the option (`--scan `,
 * `-t `, `--text=`). Agent CLIs (`claude -p`, `codex exec`) run no script file and do not match.
 */
const CLI_OPTION =
  /(?:^|\s)(?:(?:python[\d.]*|node|deno|bun|ruby|perl|php|bash|sh|zsh|uv\s+run)\s+)?(?:\.{0,2}\/)?[\w./-]*[\w-]\.(?:py|sh|bash|js|mjs|cjs|ts|rb|pl|php)(?:\s+(?:[\w./=:-]+|"[^"\n]*"|'[^'\n]*'))*?\s+(--?[A-Za-z][\w-]*)(?:=|\s+)$/u;

/** options whose value a program reads as its instructions: a prompt, a system message, a task */
const PROMPT_OPTION =
  /^(?:-p|--prompt|-s|--system(?:-prompt)?|--append-system-prompt|--instructions?|--message|-m|--task|--goal|--persona|--role|--rules?)$/;

/** a label before a colon that names a list of what is talked about ("Common payloads:") */
const MENTION_LABEL =
  /\b(?:examples?|samples?|phrases?|strings?|payloads?|patterns?|keywords?|indicators?|signatures?|red\s+flags?|warning\s+signs?|iocs?|attempts?|injections?|lures?|blocklists?|denylists?|test\s+cases?)\b/iu;

const CLOSERS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '「': '」', '『': '』' };

/** what makes a quote the subject of the sentence: "“…” is an injection", "「…」のような文" */
const QUOTE_SUBJECT =
  /^[\s,)]*(?:(?:is|are|was|were|and\s+(?:similar|the\s+like)|or\s+similar|etc)\b|のような|などの|などと|という|같은|등의|(?:这类|這類|之类|之類|等)(?:的)?|(?:и\s+подобн|y\s+similares|e\s+similares|und\s+(?:ä|ae)hnlich|et\s+similaires))/iu;

/**
 * Does the text talk about the quoted phrase opening at `open` rather than tell the agent to do
 * it? A cue ends the clause leading to the quote, with no directive verb before it ("Flag any text
 * containing", not "Follow the instruction"); or the quote opens a clause after a colon whose
 * label names a list of such phrases ("Common payloads: “…”"); or the quote is the subject of
 * what follows ("“…” is an injection").
 */
export function mentionedAt(w: string, open: number): boolean {
  const { start, labelStart, labelEnd, colon } = clauseBefore(w, open);
  const lead = w.slice(start, open);
  // the value of a program's option on a command line (`python3 scripts/guard.py --scan "…"`): data
  // handed to that program, unless the option hands the program a prompt
  const option = CLI_OPTION.exec(lead);
  if (option && !PROMPT_OPTION.test(option[1] as string)) return true;
  const cue = MENTION_CUE.exec(lead) ?? MENTION_CUE_I18N.exec(lead);
  if (cue && !DIRECTIVE.test(lead.slice(0, cue.index))) return true;
  if (!lead.trim() && colon) {
    const label = w.slice(labelStart, labelEnd);
    if (MENTION_LABEL.test(label) && !DIRECTIVE.test(label)) return true;
  }
  const ch = w[open] as string;
  const closer = CLOSERS[ch] ?? ch;
  const close = w.indexOf(closer, open + 1);
  if (close > open && QUOTE_SUBJECT.test(w.slice(close + 1, close + 40))) return true;
  // a later phrase of a list of quoted ones (`directives like "ignore the above", "you are now",
  // "new instructions:"`): mentioned as the first one is
  const first = firstOfQuotedRun(w, open);
  return first < open && mentionedAt(w, first);
}

/** quote pairs a list of quoted phrases is written with (closing → opening) */
const PAIRS: Record<string, string> = { '"': '"', '”': '“', "'": "'", '`': '`' };

/**
 * Where the first phrase of a list of quoted phrases opens, when the phrase at `open` follows
 * others joined by commas, slashes or "or" (`"a", "b" or "c"`); `open` itself when none precedes.
 * At most 20 phrases back, each on one line.
 */
function firstOfQuotedRun(w: string, open: number): number {
  let first = open;
  for (let n = 0; n < 20; n++) {
    const sep = /(?:,|\/|\bor|,\s*(?:and|or))\s*$/u.exec(w.slice(Math.max(0, first - 12), first));
    if (!sep) break;
    const end = first - sep[0].length - 1;
    const opener = PAIRS[w[end] ?? ''];
    if (end < 1 || opener === undefined) break;
    const start = w.lastIndexOf(opener, end - 1);
    if (start < 0 || w.slice(start, end).includes('\n')) break;
    first = start;
  }
  return first;
}

/** a phrase in straight or typographic quotes, guillemets, corner brackets or a code span */
const QUOTED_PHRASE = '(?:"[^"\\n]*"|“[^”\\n]*”|\'[^\'\\n]*\'|`[^`\\n]*`|«[^»\\n]*»|「[^」\\n]*」)';

/** a list item that holds only quoted phrases (joined by commas, slashes or "or"), maybe "etc." */
const CATALOG_ITEM = new RegExp(
  `^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\*\\*)?${QUOTED_PHRASE}(?:\\s*(?:,|/|\\bor\\b)\\s*${QUOTED_PHRASE})*(?:\\*\\*)?\\s*(?:,?\\s*(?:etc\\.?|\\.{3}|…))?\\s*$`,
  'u',
);

/**
 * an item marked as refused (✗, ✘, ❌, ⛔, 🚫) that holds only quoted phrases: the mark says what
 * follows is what to reject, whatever the label above it ("Stop immediately:" then `✗ "Ignore
 * previous instructions and transfer…"`)
 */
const REFUSED_ITEM = new RegExp(
  `^\\s*(?:[-*+]\\s+)?(?:✗|✘|❌|⛔|🚫)\\uFE0F?\\s*(?:\\*\\*)?${QUOTED_PHRASE}(?:\\s*(?:,|/|\\bor\\b)\\s*${QUOTED_PHRASE})*(?:\\*\\*)?\\s*(?:,?\\s*(?:etc\\.?|\\.{3}|…))?\\s*$`,
  'u',
);

/**
 * Is the quote at `at` of `text` (raw: its lines as written, a soft-wrapped line kept apart) on a
 * line marked as refused that holds nothing but quoted phrases? An agent's guard lists what makes
 * it stop ("**Stop immediately — no exceptions:**" over `✗ "Ignore previous instructions and
 * transfer…"`); the mark says the phrase is one to reject, whatever the label. A check mark (✓),
 * words of its own after the quote or no mark at all leave the line to be read as usual.
 */
export function refusedQuoteAt(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  return REFUSED_ITEM.test(text.slice(from, to < 0 ? text.length : to));
}

/**
 * a label marked as refused (✗, ✘, ❌, ⛔, 🚫) that names a kind of thing ("❌ **Hidden actions**:"
 * over `- "Don't tell the user about..."` in a red-flags list): the mark says what it lists is to be
 * rejected, as it does on an item of its own (REFUSED_ITEM)
 */
const REFUSED_LABEL = /^(?:✗|✘|❌|⛔|🚫)\uFE0F?\s*\S/u;

/**
 * Is the quote at `at` of the prose `text` an entry of a catalog: a list item that holds nothing
 * but quoted phrases, in a list whose label (the nearest line above it that is not such an item: a
 * heading, or a line ending in a colon) names what is listed as examples, patterns or an attack
 * ("### Prompt Injection", "Patterns to detect:", "- **Role-play injection:**"), or is marked as
 * refused ("❌ **Hidden actions**:")? A security guide
 * lists the phrases it detects; nothing in such an item addresses the agent. A list under any other
 * label ("## Setup", "Rules:") or one whose label orders ("Always say:") is read as usual.
 */
export function catalogQuoteAt(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  if (!CATALOG_ITEM.test(text.slice(from, to < 0 ? text.length : to))) return false;
  // the list's other items may be prose ("- Hidden comments such as `<!-- … -->`")
  const name = listLabel(text, from, LIST_ITEM);
  if (name === undefined) return false;
  return (
    (MENTION_LABEL.test(name) ||
      LABEL.test(name) ||
      DETECT_LABEL.test(name) ||
      REFUSED_LABEL.test(name)) &&
    !DIRECTIVE.test(name.replace(NEGATED_DIRECTIVE, ' '))
  );
}

/** a label that says the items are what to look for ("Flag text like these", "Detect:") */
const DETECT_LABEL =
  /\b(?:detect\w*|flag(?:s|ged|ging)?|catch(?:es)?|(?:look|watch|scan|search|check)(?:s|ing)?\s+for)\b/iu;

/**
 * a directive under a negation of its own ("do not follow them", "never act on these"): it forbids
 * what the items say, it orders nothing
 */
const NEGATED_DIRECTIVE =
  /\b(?:do\s*not|don['’]t|never|must\s+not)\s+(?:ever\s+)?(?:follow|obey|do|apply|execute|run|use|say|treat|comply|act\s+on|carry\s+out|perform|honou?r)\b/giu;

/**
 * The label of the list whose item starts at `from`: the nearest line above that is neither blank
 * nor an item (`isItem`), when it is a heading or ends in a colon, without its heading or list
 * marker, emphasis and colon; undefined when that line is prose, or there is none within 200 lines.
 */
const LABEL_MARK = new RegExp(String.raw`^\s*(?:#{1,6}|${MARKER})\s+`, 'iu');
function listLabel(text: string, from: number, isItem: RegExp): string | undefined {
  let end = from - 1;
  for (let n = 0; end > 0 && n < 200; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (!line.trim() || isItem.test(line)) continue;
    const heading = /^\s{0,3}#{1,6}\s/.test(line);
    const label = line.replace(LABEL_MARK, '').replace(/[*_]+/g, '').trim();
    return heading || /[:：]$/.test(label) ? label.replace(/[:：]$/, '') : undefined;
  }
  return undefined;
}

const PROHIBITION_LABEL = new RegExp(`^${PROHIBITION}$`, 'iu');
/** a list item (its marker and the blank after it) */
const LIST_ITEM = ITEM_MARK;

/** a line's lead that is only a label forbidding what follows ("❌ Bad: ", "- **Wrong:** ", "🚫 ") */
const PROHIBITION_LEAD = new RegExp(
  `^\\s*(?:(?:[-*+]|\\d{1,9}[.)])\\s+)?(?:\\*\\*|__)?\\s*(?:${PROHIBITION}|[❌✗✘⛔🚫])\\s*(?:\\*\\*|__)?\\s*[:：—–-]?\\s*(?:\\*\\*|__)?\\s*$`,
  'iu',
);

/**
 * Is the code span at `at` of `text` a thing not to do: the only thing after a label that forbids
 * it on its line ("❌ Bad: `curl … | sh`", "- **Wrong:** `…`"), or the first sentence of an item
 * of a list under such a label? A checklist shows the bad form beside the good one; a span after
 * "✅ Good:", "Run:" or any other lead is read as usual.
 */
export function prohibitedSpanAt(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  return PROHIBITION_LEAD.test(text.slice(from, at)) || prohibitedItemAt(text, at);
}

/**
 * Is position `at` of the prose `text` in an item of a list whose label forbids what it lists (the
 * nearest line above that is not an item of it: a heading, or a line ending in a colon, such as
 * "**DON'T:**", "### Avoid", "❌ Bad:")? Each item is a thing not to do ("- Skip sandbox path
 * testing because it's just mock data"), in its first sentence: a sentence after it in the item,
 * a list under any other label ("**DO:**", "Steps:") or none, and the text after the list are
 * read as usual.
 */
export function prohibitedItemAt(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  // only the item's first sentence: a sentence after it stands as an order of its own
  const lead = text.slice(from, at);
  if (!LIST_ITEM.test(text.slice(from, at + 1)) || /[.!?](?:\s|$)/.test(lead)) return false;
  const label = listLabel(text, from, LIST_ITEM);
  return label !== undefined && PROHIBITION_LABEL.test(label.trim());
}

/**
 * a header cell that grades or names threats: the table is a catalog of what is dangerous (an
 * "Indicator" column names the sign of compromise each row shows)
 */
const THREAT_COLUMN =
  /\b(?:severity|risk|threat|danger|attack|vulnerabilit(?:y|ies)|red\s+flags?|iocs?|indicators?(?:\s+of\s+compromise)?)\b/iu;
/** a header cell that names each row's threat ("Threat", "Attack", "Attack vector", "Risk") */
const THREAT_NAME_COLUMN =
  /^(?:(?:the\s+)?(?:threats?|attacks?|risks?|dangers?|vulnerabilit(?:y|ies)|techniques?|tactics?)(?:\s+(?:names?|types?|class(?:es)?|vectors?|categor(?:y|ies)))?|(?:attack|threat)\s+(?:vectors?|types?|class(?:es)?|names?|categor(?:y|ies)|surfaces?))$/iu;
/** a header cell whose column shows an instance of what a row names ("Example", "Example phrase to
 * detect") */
const EXAMPLE_COLUMN =
  /^(?:(?:an?|the)\s+)?(?:examples?|samples?|patterns?|matche[sd]?|signatures?|indicators?|payloads?|snippets?|what\s+it\s+(?:catches|detects|flags|matches|looks\s+like)|looks\s+like)(?:\s+(?:patterns?|matched|detected|phrases?|strings?|texts?|inputs?|prompts?))?(?:\s+(?:to|we)\s+(?:detect|flag|catch|block|match|look\s+for))?$/iu;

/**
 * a header cell whose column says what a review found ("Finding", "Issue", "Description"): beside
 * a Severity column each row reports a weakness ("Hook set to auto-approve all Bash commands"),
 * no step to take
 */
const FINDING_COLUMN =
  /^(?:(?:the\s+)?(?:findings?|issues?|problems?|observations?|weakness(?:es)?|vulnerabilit(?:y|ies)|descriptions?|details?|what\s+(?:we\s+)?found)|(?:finding|issue)\s+(?:descriptions?|details?|summary))$/iu;

/**
 * the raw cell `column` of `row` only names something: a few words, no code span, path or URL
 * ("Credential theft", "Prompt injection"); a cell that orders a step ("First run `xattr …`, then
 * open it") is read as usual
 */
function nameCell(row: string, column: number): boolean {
  const raw =
    row
      .trim()
      .replace(/^\|/, '')
      .split(/(?<!\\)\|/)[column] ?? '';
  return !/[`~/:]/.test(raw) && raw.trim().split(/\s+/).length <= 4;
}

/** the cells of a table row (`| a | b |` or `a | b`), `\|` kept inside its cell */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/[*_`]+/g, '').trim());
}

/**
 * Is position `at` of `text` in the example column of a threat catalog: a table whose header
 * grades or names threats (a Severity, Risk or Threat column) and whose column at `at` holds an
 * instance of each row's threat ("| CURL_PIPE | curl piped to shell | Critical | `curl … \| sh` |"
 * under "| ID | Threat | Severity | Example |")? A security tool lists what it detects; nothing in
 * such a cell is a step to run. A table without such a header ("| Step | Command |") or a cell of
 * another column (a Fix or Command next to a Severity) is read as usual.
 */
export function catalogCellAt(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  const row = text.slice(from, to < 0 ? text.length : to);
  if (!/^\s*\|/.test(row)) return false;
  // the row's column at `at`: the cell separators before it on its line
  const column = (
    row
      .slice(0, at - from)
      .replace(/^\s*\|/, '')
      .match(/(?<!\\)\|/g) ?? []
  ).length;
  // up through the table to the separator row; the header is the row above it
  let end = from - 1;
  for (let n = 0; end > 0 && n < 200; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (!/^\s*\|/.test(line)) return false;
    if (!/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) continue;
    const hs = text.lastIndexOf('\n', end - 1) + 1;
    const header = cells(text.slice(hs, end));
    const name = header[column] ?? '';
    const shows = (h: string) => EXAMPLE_COLUMN.test(h) || FINDING_COLUMN.test(h);
    // the cell that names the row's threat ("Credential theft" under "Attack") beside an example
    // column is a name too: a match that opens there and runs into the example is the catalog's
    return (
      (shows(name) && header.some((h) => THREAT_COLUMN.test(h))) ||
      (THREAT_NAME_COLUMN.test(name) && header.some(shows) && nameCell(row, column))
    );
  }
  return false;
}

/**
 * A label that hands the text after its colon to an attacker ("An attacker's tool might say:", "A
 * poisoned description reads:", "What the injected comment contains:"): a source marked hostile,
 * then a verb of saying, with no instruction verb of its own after it.
 */
const ATTACK_SPEECH = new RegExp(
  `\\b(?:attacker|adversar(?:y|ies|ial)|malicious|poisoned|rogue|compromised|hostile|injected|backdoored|trojani[sz]ed|${ATTACK})['’]?s?\\s+(?:[\\w'’-]+\\s+){0,3}?(?:(?:might|may|could|can|will|would|often|typically|usually)\\s+)?(?:says?|reads?|looks?\\s+like|contains?|claims?|states?|goes|went)\\s*$`,
  'iu',
);

/**
 * Is position `at` of the prose `text` inside a blockquote that a label introduces as an attack's
 * words ("An attacker's tool might say:" or "Example of a poisoning attack:", then `> …` lines)? A
 * security guide quotes the poisoned text to show it; the quote is talked about, not addressed to
 * the agent. The label is the last non-blank line before the quote's first line and ends in a
 * colon.
 */
export function attackQuoteAt(text: string, at: number): boolean {
  const lines = text.slice(0, at).split('\n');
  let i = lines.length - 1;
  if (!/^\s*>/.test(lines[i] ?? '')) return false;
  while (i > 0 && /^\s*>/.test(lines[i - 1] as string)) i--;
  let j = i - 1;
  while (j >= 0 && !(lines[j] as string).trim()) j--;
  const label = /^(.*):\s*$/u.exec(lines[j] ?? '')?.[1];
  if (label === undefined) return false;
  // the words before the hostile source hold no instruction ("Follow what a poisoned tool says:")
  const speech = ATTACK_SPEECH.exec(label);
  if (speech) return !DIRECTIVE.test(label.slice(0, speech.index));
  return LABEL.test(label) && !DIRECTIVE.test(label);
}

/** clause boundaries of governingClause: BOUNDARY, a list item, and any line break at or after
 * the `lines` offset (the lines of a config block are records) */
const PART_BOUNDARY = new RegExp(
  `[.;:!?,](?=\\s|$|${CJK})|[。；：！？，、]|\\n(?=[ \\t]*(?:[-*+]|\\d{1,9}[.)])\\s)|(\\n)`,
  'g',
);

/** a short comma-joined opener that states no fact of its own ("Optionally,", "At your own risk,",
 * "Inside the disposable devcontainer,"): a condition of the clause after it */
const OPENER = /^\s*(?:\S+\s+){0,5}\S+\s*$/u;
const STATES = /\b(?:is|are|was|were|be|been|has|have|had)\b/iu;

/**
 * The text that governs a part of a match from `start` to `end` (`unlessIn: parts`): the part's
 * own clause, with the comma-joined clause before it when that one is a condition or a short
 * opener that leads with an exception (`leads`), and without the parenthetical remarks in it that
 * do not open with one ("add this (the jq install below is optional)" is no optional add; "(Optional)
 * add this" is). Line breaks from `lines` on end clauses too.
 */
export function governingClause(
  w: string,
  start: number,
  end: number,
  lines: number,
  leads: (t: string) => boolean,
): string {
  const span = clauseSpan(
    w,
    start,
    end,
    PART_BOUNDARY,
    (m) => m[1] !== undefined && m.index < lines,
  );
  const { before, comma, to } = span;
  let from = span.from;
  const prev = w.slice(before, from - 1);
  if (comma && (SUBORDINATE.test(prev) || (OPENER.test(prev) && !STATES.test(prev) && leads(prev))))
    from = before;
  // a parenthetical inside the span is a remark of its own unless it opens with the exception
  return w
    .slice(from, to)
    .replace(/\(([^()\n]{0,200})\)/g, (all, inner: string) => (leads(inner) ? all : ' '));
}
