package extract

import "regexp"

// The word lists the relation rules read. They are closed on purpose: a
// relation is only found where one of these words says so.

// roleNoun matches a role or title phrase ending in a role noun, as written
// in apposition ("Oman's foreign minister", "the lead negotiator", "a senior
// fellow"). Group 1 is the whole phrase; a head word may be followed by
// a second one ("chief negotiator", "deputy foreign minister"), and the
// head words are matched in any case ("the Supreme Leader of Iran"); an
// ordinal in figures counts as a word ("the 11th Prime Minister"), and a
// department may follow the head ("Minister of Defense").
// nameStyle is a style or honorific written before a name, no part of an
// office: "Sheikh", "Prince", "Sir", "Dr.", "H.E.".
const nameStyle = `(?:Sheikh|Shaikh|Sayyid|Prince|Princess|Sir|Dame|Lord|Lady|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|H\.E\.)`

const roleNoun = `((?:[A-Za-z][\w.'-]*\s+|\d+(?:st|nd|rd|th)\s+){0,4}?(?i:` + roleHeads + `(?:\s+(?:[A-Za-z][\w-]*\s+){0,2}?` + roleHeads + `)?(?:\s+(?:of|for)\s+` + portfolios + `)?))`

// portfolios name a minister's or secretary's department after "of":
// "Minister of Defense", "Minister of Foreign Affairs".
const portfolios = `(?:the\s+)?(?:defen[cs]e|foreign\s+affairs|finance|interior|justice|health|education|economy|oil|petroleum|energy|intelligence|agriculture|labou?r|trade|industry|housing|information|culture|commerce|planning|war|religious\s+affairs|internal\s+affairs|home\s+affairs|national\s+defen[cs]e|public\s+security|security|foreign\s+relations|(?:general\s+)?staff|state)\b`

// roleHeads are the nouns a title or role phrase ends in.
const roleHeads = `(?:minister|president|ruler|vice[- ]president|envoy|ambassador|secretary|secretary[- ]general|under[- ]?secretary|spokesperson|spokesman|spokeswoman|negotiator|chief|head|leader|king|queen|shah|sultan|emir|amir|crown prince|prince|chancellor|premier|general|(?:lieutenant|major|brigadier)[- ]general|field marshal|marshal|admiral|colonel|mediator|co-chair(?:man)?|vice[- ]chairman|governor[- ]general|consul[- ]general|consul|commander[- ]in[- ]chief|commander|director|director[- ]general|chairperson|chairman|chairwoman|chair|advis[eo]r|representative|diplomat|deputy|governor|mayor|senator|lawmaker|ayatollah|imam|regent|caliph|emperor|empress|pharaoh|khedive|vizier|viceroy|tsar|czar|kaiser|fellow|analyst|researcher|professor|scholar|expert|lecturer|economist|correspondent|editor|journalist|reporter|member|founder|coordinator|official|officer|attorney general|speaker|co-founder|cofounder|commissioner|high commissioner|political resident|hakim|wali|pasha|bey|dey|mufti|kaymakam|mutasarrif)`

// roleHeadWord matches a phrase ending in a role noun.
var roleHeadWord = regexp.MustCompile(`(?i)\b` + roleHeads + `$`)

// affiliationNoun are the roles that make a person AFFILIATED_WITH an
// organisation rather than HOLDS_ROLE in it: people who work at or for it
// without holding one of its offices.
var affiliationNoun = regexp.MustCompile(`(?i)\b(fellow|analyst|researcher|professor|scholar|expert|lecturer|economist|sociologist|anthropologist|scientist|psychologist|correspondent|editor|journalist|reporter|member|contributor|associate|founder|co-founder|cofounder|columnist|commentator|anchor|pollster|strategist|historian)$`)

// actorNoun follows a demonym that stands for its state's people or
// government ("Iranian officials", "the Ukrainian delegation", "Israeli
// jets": the warplanes and warships of a state are its armed forces, while
// drones and missiles are often another's, bought or supplied); a demonym
// before any other word is an adjective and takes part in no relation.
var actorNoun = regexp.MustCompile(`^[\s\x{00A0}]+((?:[\w-]+[\s\x{00A0}]+)?(?:officials|leaders|leadership|delegation|delegations|negotiators|diplomats|government|authorities|forces|force|fleet|military|army|navy|regime|side|counterparts?|team|president|ministry|troops|people|envoys?|jets|warplanes|aircraft|bombers|warships|soldiers|contingents?|artillery|commandos|gunmen|agents|operatives|militants|fighters|paratroopers|armies|divisions|brigades|gunboats|marines|special` + "[\\s\\x{00A0}]+" + `forces))\b`)

// usOnlyTitle are titles that exist only in the United States government,
// so a person bearing one holds the role for the United States even when
// the text does not say so.
var usOnlyTitle = regexp.MustCompile(`(?i)^(?:U\.S\.\s+)?(?:Senate\b.*|Senator|Sen\.|U\.S\. Senator|Rep\.|Representative|Congressman|Congresswoman|House\b.*|Speaker of the House|Secretary of (?:State|Defense|War|the Treasury|Treasury|Homeland Security|Energy|Commerce|the Navy|the Army|the Air Force)|(?:Deputy |Principal Deputy )?National Security Advis[eo]r\b.*|(?:Deputy )?Assistant to the President\b.*|Deputy Secretary of (?:State|Defense|War|the Treasury|Treasury|Homeland Security|Energy|Commerce)|Senior Advis[eo]r to the (?:President|Secretary of State)\b.*|White House\b.*|Chairman of the Joint Chiefs of Staff.*|Joint Chiefs.*|Attorney General)$`)

// unOnlyTitle are offices of the United Nations alone: its under- and
// assistant secretaries-general, the coordinators of its relief, and the
// Secretary-General's own envoys and spokespeople.
var unOnlyTitle = regexp.MustCompile(`(?i)^(?:(?:Under|Assistant|Deputy)[- ]Secretary[- ]General\b.*|Secretary[- ]General['’]s\b.*|Special (?:Representative|Envoy|Adviser|Advisor|Coordinator) of the Secretary[- ]General\b.*|Emergency Relief Coordinator\b.*|Spokes(?:person|man|woman) for (?:the )?Secretary[- ]General\b.*)$`)

// usTitleElsewhere are the titles of usOnlyTitle that other states'
// parliaments and governments have too: Jordan's House of Representatives
// has representatives, many states an attorney general.
var usTitleElsewhere = regexp.MustCompile(`(?i)^(?:Rep\.|Representative|House\b.*|Speaker of the House|Attorney General)$`)

// usGovTitle are titles a United States government text uses without a
// country for the United States' own officials ("Secretary Rubio",
// "Special Envoy Witkoff"); elsewhere they need a qualifier.
var usGovTitle = regexp.MustCompile(`(?i)^(?:Secretary|Special Envoy|Special Envoy to the Middle East|Special Envoy for [\w\s]+|Special Presidential Envoy.*|Special Presidential Coordinator.*|Special Representative.*|Speaker|Press Secretary|Deputy Secretary|Under ?Secretary.*|Assistant Secretary.*|Ambassador|Vice President|Senator|Sen\.|(?:Department |Deputy |Principal Deputy )?(?:Spokesperson|Spokesman|Spokeswoman)|President|National Security Advis[eo]r|(?:Deputy |Special )?Coordinator\b.*)$`)

// headOfStateTitle are the titles whose holder speaks for a state, used to
// tie an unqualified title to the country "the country's" refers to.
var headOfStateTitle = regexp.MustCompile(`(?i)^(?:President|Prime Minister|Supreme Leader|King|Emir|Sultan|Crown Prince|Foreign Minister|Minister of Foreign Affairs|Defense Minister|Defence Minister)$`)

// ordinals of "the first round of talks".
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7,
	"8th": 8, "9th": 9, "10th": 10,
}

// irrealis marks a clause that does not assert that something happened:
// negation, modality, wishes, plans and calls. Event-like relations found
// in such a clause are dropped (precision first).
var irrealis = regexp.MustCompile(`(?i:\b(?:not|no longer|never|neither|nor|refus\w*|reject\w*|den(?:y|ies|ied)|cancel\w*|called off|would|could|should|might|must|if|whether|unless|hopes?|hoped|hoping|urge[sd]?|urging|calls? (?:on|upon|for)|called (?:on|upon|for)|push(?:ed|es|ing)? \w+ to|ready to|wants? to|wanted to|seeks? to|sought to|plans? to|planned to|planning to|will|shall|prospect|prospects|possible|potential|proposed|expected|scheduled|slated|aims? to|intends? to|any|threat\w*|advocat\w*|encourag\w*|suggest\w*|recommend\w*|favou?r\w*|demand\w*|support(?:s|ed|ing)?)\b)|\bmay\b|n['’]t\b`)

// stateOnlyTitle names offices of a state: held "of" a party or movement
// they make their holder one of its members too.
var stateOnlyTitle = regexp.MustCompile(`(?i)^(?:Prime Minister|Supreme Leader|King|Emir|Amir|Sultan|Crown Prince|Foreign Minister|Minister of Foreign Affairs|Defen[cs]e Minister|Interior Minister|Finance Minister)$`)
