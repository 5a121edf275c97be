/**
 * Authoring script of the Toloraya map (issue 3): `npx tsx scripts/build-toloraya-map.ts`.
 *
 * Lists every node with the words it comes from and every relation, anchors the quotes in the verbatim source
 * (data/sources/toloraya-2009-response.txt) with anchorQuote, checks the map against DESIGN.md's rules and the
 * crux-json contract, and writes data/maps/toloraya-2009.map.json. It fails loudly, writing nothing, when a quote is
 * not found, is ambiguous without an occurrence index, or any rule is broken. Edit this file, never the JSON.
 * Conventions (titles, attribution, relation choice, tags) are in data/README.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { CruxJsonSchema, type CruxJsonInput } from "../server/contract/crux-json";
import type { NodeKind, RelationKind } from "../server/contract/vocabulary";
import { anchorQuote, assertQuoteMatches } from "../server/domain/anchoring";
import { isRelationAllowed, type EndpointKind } from "../server/domain/relation-rules";

const ROOT = process.cwd();
const SOURCE_PATH = join(ROOT, "data/sources/toloraya-2009-response.txt");
const META_PATH = join(ROOT, "data/sources/toloraya-2009-response.meta.json");
const OUT_PATH = join(ROOT, "data/maps/toloraya-2009.map.json");
const DOC_ID = "doc-toloraya";
const MAX_TITLE = 80;

// ---------------------------------------------------------------------------------------------------------------
// Authoring vocabulary
// ---------------------------------------------------------------------------------------------------------------

/** A verbatim quote; give `occurrence` (0-based) when the words occur more than once in the document. */
type QuoteSpec = string | { quote: string; occurrence: number };

interface NodeSpec {
  id: string;
  kind: NodeKind;
  title: string;
  text: string;
  quotes: QuoteSpec[];
  tags: string[];
  aliases: string[];
  unanchoredReason?: string;
}

interface RelationOptions {
  /** A readable id; needed only when an undercut targets this relation. */
  id?: string;
  strength?: number;
  note?: string;
  group?: string;
  quotes?: QuoteSpec[];
}

interface RelationSpec extends RelationOptions {
  relation: RelationKind;
  source: string;
  target: string;
}

const nodes: NodeSpec[] = [];
const relations: RelationSpec[] = [];

function claim(id: string, title: string, text: string, quotes: QuoteSpec[], tags: string[] = []): void {
  nodes.push({ id, kind: "claim", title, text, quotes, tags, aliases: [] });
}
function proposal(id: string, title: string, text: string, quotes: QuoteSpec[], tags: string[] = []): void {
  nodes.push({ id, kind: "proposal", title, text, quotes, tags, aliases: [] });
}
function actor(id: string, title: string, text: string, aliases: string[] = []): void {
  nodes.push({ id, kind: "actor", title, text, quotes: [], tags: [], aliases });
}
function rel(relation: RelationKind, source: string, target: string, options: RelationOptions = {}): void {
  relations.push({ relation, source, target, ...options });
}
const supports = (s: string, t: string, o?: RelationOptions) => rel("supports", s, t, o);
const contradicts = (s: string, t: string, o?: RelationOptions) => rel("contradicts", s, t, o);
const qualifies = (s: string, t: string, o?: RelationOptions) => rel("qualifies", s, t, o);
const endorses = (s: string, t: string, o?: RelationOptions) => rel("endorses", s, t, o);
const opposes = (s: string, t: string, o?: RelationOptions) => rel("opposes", s, t, o);
const proposes = (s: string, t: string, o?: RelationOptions) => rel("proposes", s, t, o);
const partOf = (s: string, t: string, o?: RelationOptions) => rel("part_of", s, t, o);
function concerns(source: string, ...actors: string[]): void {
  for (const a of actors) rel("concerns", source, a);
}

// ---------------------------------------------------------------------------------------------------------------
// Actors (no excerpts: an actor is not a statement; its names in the text are its aliases)
// ---------------------------------------------------------------------------------------------------------------

actor("a-toloraya", "Georgy Toloraya", "Professor at the Institute of World Economy and International Relations (IMEMO) in Moscow; author of the response.", ["Toloraya"]);
actor("a-delury", "John Delury", "Director of the China Boom Project and associate director of the Center on U.S.-China Relations at the Asia Society; author of \"North Korea: Twenty Years of Solitude\", to which Toloraya responds.", ["Delury"]);
actor("a-russia", "Russia", "Russia and its government, which the text often calls \"Moscow\".", ["Moscow"]);
actor("a-russian-policymakers", "Russian policy-makers", "The makers of Russian foreign policy, whose fears since the mid-1990s the text reports.", ["Russian foreign policy-makers"]);
actor("a-moscow-conservatives", "Moscow conservatives", "Conservatives in Moscow who fear that a US-North Korean rapprochement would challenge Russian interests.", ["some Moscow conservatives"]);
actor("a-us", "United States", "The United States and its government.", ["US", "U.S."]);
actor("a-obama-admin", "Obama Administration", "The new US administration, to which Delury's and Toloraya's proposals are addressed.", ["the new administration", "Obama"]);
actor("a-republican-admin", "Republican Administration (2002–2006)", "The US Republican Administration whose policies between 2002 and 2006 the text says were at odds with Russia's goals.", ["The Republican Administration"]);
actor("a-medvedev", "Medvedev", "The Russian leader named as Obama's counterpart in \"Obama-Medvedev cooperation\".", []);
actor("a-north-korea", "North Korea", "The Democratic People's Republic of Korea.", ["DPRK", "Pyongyang"]);
actor("a-china", "China", "The People's Republic of China.", ["PRC", "the Chinese"]);
actor("a-ussr", "Soviet Union", "The USSR, which North Korea played against the PRC in the past.", ["USSR"]);
actor("a-japan", "Japan", "Japan, member of the US-Japan-ROK \"trilateral group\".");
actor("a-south-korea", "South Korea", "The Republic of Korea, member of the US-Japan-ROK \"trilateral group\".", ["ROK"]);
actor("a-trilateral-group", "US-Japan-ROK trilateral group", "The coordination group of the US, Japan and South Korea (the ROK).", ["trilateral group", "US-Japan-ROK"]);
actor("a-nato", "NATO", "The North Atlantic Treaty Organization; Russian policy-makers feared an \"eastern flank of NATO\" on Russia's borders.", []);
actor("a-west", "The West", "The Western states, in whose eyes Russia is increasingly seen as an opponent, if not foe.", ["West"]);
actor("a-expert-communities", "US and Russian expert communities", "The expert communities of the two countries, whom Toloraya asks to sustain the bilateral dialogue.", ["The expert communities of the two countries"]);

// ---------------------------------------------------------------------------------------------------------------
// Paragraph 1: Delury's approach, and why Russia would back it
// ---------------------------------------------------------------------------------------------------------------

proposal("p-delury-approach", "Delury's strategic engagement with North Korea",
  "The United States should pursue \"strategic engagement\" with Pyongyang, the approach John Delury suggests: a policy aimed at creating peace on the Korean peninsula rather than at non-proliferation alone.",
  ["The approach suggested by John Delury", `such a "strategic engagement" policy with Pyongyang`], ["delury"]);
claim("c-delury-approach-sound", "Delury's approach is sound and pragmatic",
  "The approach suggested by John Delury seems to be sound and pragmatic.",
  ["seems to be sound and pragmatic"]);
claim("c-us-policy-inefficient", "Two decades of US North Korea policy have been inefficient",
  "US policy towards North Korea over the last two decades has been, to put it mildly, less than desirably efficient.",
  ["less than desirable efficiency of US policy over last two decades towards North Korea"], ["history"]);
proposal("p-change-policy-goal", "Change the US goal from non-proliferation to building peace",
  "The Obama Administration's policy goal should be changed from a purely non-proliferation agenda to \"a far-reaching process of creating peace on the Korean peninsula\" (Delury's proposal, with which Toloraya agrees).",
  [`the Obama Administration's policy goal should be changed from a purely non-proliferation agenda to "a far-reaching process of creating peace on the Korean peninsula"`], ["delury"]);
claim("c-peace-policy-solves-wmd", "Only a peace policy could solve the nuclear and WMD issues",
  "Only a policy aimed at creating peace on the peninsula could eventually solve the nuclear and other WMD issues.",
  ["Only such a policy could eventually solve the nuclear and other WMD issues"]);
claim("c-peace-policy-reduces-tension", "A peace policy would reduce military tensions",
  "A policy aimed at creating peace on the peninsula would reduce military tensions.",
  ["reduce military tensions"]);
claim("c-peace-policy-reintegrates-nk", "A peace policy would bring North Korea into the mainstream",
  "A policy aimed at creating peace would bring North Korea back into the mainstream of world development.",
  ["bring North Korea back into the mainstream of world development"]);
claim("c-broad-intl-support", "Engagement would enjoy broad international support",
  "Such an approach would enjoy broad international support.",
  ["Such an approach would enjoy broad international support"]);
claim("c-delury-candid-analysis", "Delury candidly analyzes US cooperation with major actors",
  "Delury's paper candidly analyzes the challenges involved in US cooperation with major international actors.",
  ["the paper candidly analyzes the challenges involved in US cooperation with major international actors"]);
claim("c-delury-omits-russia", "Delury's paper leaves out the role of Russia",
  "Delury's paper leaves out the role of Russia.",
  ["it leaves out the role of Russia"]);
claim("c-delury-defers-moscow-angle", "Delury leaves the Moscow angle to Obama's Russia advisors",
  "Delury writes that he leaves it to the new administration's Russian advisors to think through the Moscow angle.",
  ["I'll leave it to the new administration's Russian advisors to think through the Moscow angle"], ["reported-view"]);
claim("c-russia-would-support-engagement", "Russia would strongly support strategic engagement",
  "Russia would strongly support a \"strategic engagement\" policy with Pyongyang (Toloraya's supposition).",
  ["I would suppose that Russia would strongly support"]);
claim("c-engagement-fits-russian-interests", "Engagement fits Russia's long-standing position and interests",
  "Strategic engagement with Pyongyang fully corresponds with Russia's long-standing position and national interests.",
  ["as it fully corresponds with its long-standing position and national interests"]);
claim("c-russia-wants-stable-neighbourhood", "Russia wants peace, stability and development next door",
  "Russia's interest is peace, stability and development in the neighbouring area.",
  ["peace, stability, and development in the neighboring area"]);
claim("c-russia-wants-nonproliferation", "Russia wants non-proliferation",
  "Non-proliferation is part of Russia's long-standing position and interests.",
  ["as well as non-proliferation"]);
claim("c-russia-favours-multilateralism", "Russia favours multilateral approaches weighing all parties",
  "Russia favours multilateral approaches that take into account the interests of all the parties.",
  ["multilateral approaches that take into account the interests of all the parties"]);
claim("c-engagement-opens-cooperation", "Russian backing of engagement opens US-Russia cooperation",
  "Russia's support of strategic engagement would create new opportunities of US-Russia cooperation on the Korean issue.",
  ["This would create new opportunities of US-Russia cooperation on Korean issue"]);
proposal("p-us-russia-cooperation", "US-Russian cooperation on Korean affairs",
  "The United States and Russia should cooperate on Korean affairs: the thesis of Toloraya's response, which the rest of it argues for and details.",
  ["US-Russia cooperation on Korean issue", "Russian-US cooperation on Korean affairs"], ["thesis"]);

proposes("a-delury", "p-delury-approach", { quotes: ["The approach suggested by John Delury"] });
proposes("a-delury", "p-change-policy-goal");
endorses("a-toloraya", "p-delury-approach");
endorses("a-toloraya", "p-change-policy-goal", { quotes: ["I agree"] });
proposes("a-toloraya", "p-us-russia-cooperation");
partOf("p-change-policy-goal", "p-delury-approach", { note: "The change of goal is the core of Delury's approach." });
supports("c-delury-approach-sound", "p-delury-approach");
supports("c-us-policy-inefficient", "c-delury-approach-sound", { quotes: ["takes into account"], note: "The approach is sound because it takes the failure of past US policy into account." });
supports("c-delury-candid-analysis", "c-delury-approach-sound");
supports("c-us-policy-inefficient", "p-change-policy-goal", { note: "Implied by the sequence: the poor record of a purely non-proliferation policy is why its goal should change." });
qualifies("c-delury-omits-russia", "c-delury-approach-sound", { quotes: ["While the paper"], note: "The praise is limited: the paper leaves Russia out." });
supports("c-delury-defers-moscow-angle", "c-delury-omits-russia", { quotes: ["John Delury writes:"] });
endorses("a-delury", "c-delury-defers-moscow-angle");
supports("c-peace-policy-solves-wmd", "p-change-policy-goal");
supports("c-peace-policy-reduces-tension", "p-change-policy-goal");
supports("c-peace-policy-reintegrates-nk", "p-change-policy-goal");
supports("c-broad-intl-support", "p-delury-approach");
supports("c-russia-would-support-engagement", "p-delury-approach", { strength: 0.7, note: "Hedged: \"I would suppose\"." });
supports("c-russia-would-support-engagement", "c-broad-intl-support", { note: "Implied: Russia's support is part of the international support, and the part the paper omits." });
endorses("a-russia", "p-delury-approach", { strength: 0.7, note: "As Toloraya supposes: Russia would strongly support it." });
supports("c-engagement-fits-russian-interests", "c-russia-would-support-engagement", { quotes: ["as it fully corresponds with"] });
supports("c-russia-wants-stable-neighbourhood", "c-engagement-fits-russian-interests");
supports("c-russia-wants-nonproliferation", "c-engagement-fits-russian-interests");
supports("c-russia-favours-multilateralism", "c-engagement-fits-russian-interests");
endorses("a-russia", "c-russia-wants-stable-neighbourhood");
endorses("a-russia", "c-russia-wants-nonproliferation");
endorses("a-russia", "c-russia-favours-multilateralism");
supports("c-russia-would-support-engagement", "c-engagement-opens-cooperation", { note: "\"This\": Russia's support of engagement is what would open the opportunities." });
supports("c-engagement-opens-cooperation", "p-us-russia-cooperation");
concerns("p-delury-approach", "a-us", "a-north-korea");
concerns("p-change-policy-goal", "a-obama-admin");
concerns("c-delury-approach-sound", "a-delury");
concerns("c-us-policy-inefficient", "a-us", "a-north-korea");
concerns("c-peace-policy-reintegrates-nk", "a-north-korea");
concerns("c-delury-omits-russia", "a-delury", "a-russia");
concerns("c-delury-defers-moscow-angle", "a-obama-admin");
concerns("c-russia-would-support-engagement", "a-russia");
concerns("c-engagement-fits-russian-interests", "a-russia");
concerns("p-us-russia-cooperation", "a-us", "a-russia");

// ---------------------------------------------------------------------------------------------------------------
// Paragraph 2: Russian wariness of US aims since the mid-1990s
// ---------------------------------------------------------------------------------------------------------------

claim("c-russia-wary-of-us-aims", "Since the mid-1990s Moscow has grown wary of US aims in Korea",
  "Russian policy-makers have, since the mid-1990s, been increasingly wary of the ultimate objectives of the US on the Korean peninsula.",
  ["Russian policy-makers from the mid-1990s have been increasingly wary of the ultimate objectives of the US on the Korean peninsula"], ["history"]);
claim("c-fear-regime-change", "The US would pursue regime change in North Korea",
  "The US would pursue a goal of regime change in North Korea (the fear of Russian policy-makers).",
  ["They feared that the US would pursue a goal of regime change"], ["reported-view"]);
claim("c-regime-change-harms-far-east", "Regime change would cause problems for the Russian Far East",
  "Regime change in North Korea would cause economic and humanitarian problems for the Russian Far East (the fear of Russian policy-makers).",
  ["which would cause economic and humanitarian problems for the Russian Far East"], ["reported-view"]);
claim("c-regime-change-upsets-balance", "Regime change would upset the geopolitical balance",
  "Regime change in North Korea would bring an unwelcome change in the geopolitical balance (the fear of Russian policy-makers).",
  ["an unwelcome change in the geopolitical balance"], ["reported-view"]);
claim("c-nato-eastern-flank", "Russia would get an \"eastern flank of NATO\" on its borders",
  "As a result of regime change Russia would get an \"eastern flank of NATO\" on its borders (the fear of Russian policy-makers).",
  [`As a result Russia would get an "eastern flank of NATO" on its borders`], ["reported-view"]);
claim("c-republican-policy-at-odds", "2002–2006 Republican policies clashed with Russia's goals",
  "The Republican Administration's policies between 2002 and 2006 were increasingly at odds with Russia's stated policy goals.",
  ["The Republican Administration's policies between 2002 and 2006 were increasingly at odds with Russia's stated policy goals"], ["history"]);
claim("c-us-dominance-bid-challenges-russia", "A US bid for dominance by undermining the DPRK challenges Russia",
  "A US attempt to strategically shift the sub-regional balance of power and to increase its domination in Korea by undermining the DPRK would be a challenge for Russia.",
  ["A US attempt to strategically shift the sub-regional balance of power and attempt to increase its domination in Korea by undermining the DPRK would be a challenge for Russia"]);

const REGIME_CHANGE = "g-regime-change-fear";
supports("c-fear-regime-change", "c-russia-wary-of-us-aims", { group: REGIME_CHANGE, note: "Linked: the feared US aim together with its feared consequences for Russia." });
supports("c-regime-change-harms-far-east", "c-russia-wary-of-us-aims", { group: REGIME_CHANGE });
supports("c-regime-change-upsets-balance", "c-russia-wary-of-us-aims", { group: REGIME_CHANGE });
supports("c-nato-eastern-flank", "c-regime-change-upsets-balance", { quotes: ["As a result"] });
supports("c-republican-policy-at-odds", "c-russia-wary-of-us-aims");
supports("c-us-dominance-bid-challenges-russia", "c-russia-wary-of-us-aims", { note: "Implied: why the US aims matter to Moscow; a bid for dominance by undermining the DPRK would challenge Russia." });
endorses("a-russian-policymakers", "c-fear-regime-change", { quotes: ["They feared"] });
endorses("a-russian-policymakers", "c-regime-change-harms-far-east");
endorses("a-russian-policymakers", "c-regime-change-upsets-balance");
endorses("a-russian-policymakers", "c-nato-eastern-flank");
concerns("c-russia-wary-of-us-aims", "a-russian-policymakers", "a-us");
concerns("c-fear-regime-change", "a-us", "a-north-korea");
concerns("c-regime-change-harms-far-east", "a-russia");
concerns("c-nato-eastern-flank", "a-nato", "a-russia");
concerns("c-republican-policy-at-odds", "a-republican-admin", "a-russia");
concerns("c-us-dominance-bid-challenges-russia", "a-us", "a-russia", "a-north-korea");

// ---------------------------------------------------------------------------------------------------------------
// Paragraph 3: Russia underestimated; the 'linear' logic of hostility, and why Korea is a special case
// ---------------------------------------------------------------------------------------------------------------

claim("c-russia-role-underestimated", "The US constantly underestimates Russia's role in Korea",
  "Russia's role in Korean affairs is constantly underestimated (Moscow is not happy with it).",
  ["constant underestimation of the Russian role in Korean affairs"]);
claim("c-russian-interests-neglected", "Russia's interests in Korean affairs are neglected",
  "Russia's interests in Korean affairs are neglected (Moscow is not happy with it).",
  ["neglect of its interests"]);
claim("c-us-view-russia-follows-china", "Russia merely backs China on Korea, with no role of its own",
  "On principal issues in Korean affairs Russia merely supports China and plays no independent role (a view still often held in the US).",
  ["It is still often seen in the US as merely supporting China on principal issues in Korean affairs and not playing an independent role"], ["reported-view"]);
claim("c-russia-seen-as-foe", "Russia is an opponent, if not foe, of the West",
  "Russia is an opponent, if not a foe, of the West (a view increasingly held these days).",
  ["These days Russia is increasingly seen as an opponent, if not foe, of the West"], ["reported-view", "objection"]);
claim("c-cooperation-wishful-thinking", "After South Ossetia, US-Russian cooperation seems wishful thinking",
  "After the war in South Ossetia, US-Russian cooperation in international affairs seems to have become mere wishful thinking.",
  ["After the war in South Ossetia, US-Russian cooperation in international affairs seems to have become mere wishful thinking"], ["objection", "history"]);
claim("c-linear-logic-fails-korea", "The 'linear' logic need not hold in the Korean case",
  "The 'linear' logic (general US-Russian hostility, hence no cooperation) should not necessarily be true in the Korean case.",
  ["However this 'linear' logic should not necessarily be true in the Korean case"], ["answer"]);
claim("c-korea-special-case", "Korea is a special issue in Russia-US relations",
  "The Korean issue might well be called a special one in Russia-US relations.",
  ["the latter issue might well be called a special one in Russia-US relations"], ["answer"]);
proposal("p-bold-approach", "A bold Obama approach to Russia on Korea as well",
  "The Obama Administration could take a bold approach to cooperation with Russia in the Korean area as well.",
  ["The Obama Administration could take a bold approach in this area as well"]);

endorses("a-russia", "c-russia-role-underestimated", { quotes: ["Moscow is also not happy with"] });
endorses("a-russia", "c-russian-interests-neglected");
endorses("a-us", "c-us-view-russia-follows-china", { quotes: ["It is still often seen in the US"] });
opposes("a-russia", "c-us-view-russia-follows-china", { note: "Moscow is not happy with this underestimation of its role." });
contradicts("c-russia-role-underestimated", "c-us-view-russia-follows-china", { note: "The view that Russia merely supports China is the underestimation Moscow complains of." });
endorses("a-west", "c-russia-seen-as-foe", { note: "Implied: \"seen as an opponent, if not foe, of the West\", that is by Western eyes." });
supports("c-russia-seen-as-foe", "c-cooperation-wishful-thinking");
contradicts("c-cooperation-wishful-thinking", "p-us-russia-cooperation", { id: "r-linear-logic", note: "The 'linear' logic: if US-Russian cooperation in general is wishful thinking, so is cooperation on Korea." });
contradicts("c-linear-logic-fails-korea", "r-linear-logic", { note: "Undercut: the general pessimism does not carry over to Korea." });
supports("c-korea-special-case", "c-linear-logic-fails-korea");
supports("c-korea-special-case", "p-bold-approach");
partOf("p-bold-approach", "p-us-russia-cooperation");
proposes("a-toloraya", "p-bold-approach");
concerns("c-russia-role-underestimated", "a-russia", "a-us");
concerns("c-russian-interests-neglected", "a-russia");
concerns("c-us-view-russia-follows-china", "a-russia", "a-china");
concerns("c-russia-seen-as-foe", "a-russia");
concerns("c-cooperation-wishful-thinking", "a-us", "a-russia");
concerns("p-bold-approach", "a-obama-admin");

// ---------------------------------------------------------------------------------------------------------------
// Paragraph 4: a US-North Korean rapprochement need not threaten Russia; no need to counter the US
// ---------------------------------------------------------------------------------------------------------------

claim("c-rapprochement-new-reality", "A US-North Korean rapprochement would be a new reality",
  "A possible US-North Korean rapprochement would represent a new reality (Toloraya concedes).",
  ["It is true that a possible US-North Korean rapprochement", "would represent a new reality"], ["concession"]);
claim("c-rapprochement-enables-balancing", "Rapprochement would let North Korea play its \"balancing\" game",
  "A US-North Korean rapprochement would enable North Korea to play its favourite \"balancing\" game.",
  [`which would enable North Korea to play its favorite "balancing" game`]);
claim("c-nk-balanced-ussr-prc", "North Korea once played the USSR and PRC against each other",
  "In the past North Korea played its \"balancing\" game between the USSR and the PRC (\"loggerring\", sic, in the text).",
  ["as it did in the past, loggerring the USSR and PRC"], ["history"]);
claim("c-rapprochement-threatens-russia", "A US-North Korean rapprochement would challenge Russian interests",
  "A US-North Korean rapprochement would challenge Russian interests (the fear of some Moscow conservatives, which Toloraya rejects).",
  ["as some Moscow conservatives fear"], ["reported-view", "objection"]);
claim("c-russian-interests-not-challenged", "Rapprochement would not necessarily challenge Russian interests",
  "Russian interests would not necessarily be challenged by a US-North Korean rapprochement.",
  ["However Russian interests would not necessarily be challenged"], ["answer"]);
claim("c-unless-client-state", "Exception: North Korea becoming a US client state",
  "Russian interests would be challenged if North Korea became a US client state: the exception to the claim that rapprochement would not necessarily challenge them.",
  ["unless North Korea became a US client state"], ["condition"]);
claim("c-client-state-unlikely", "North Korea becoming a US client state is unlikely",
  "North Korea becoming a US client state is an unlikely case.",
  ["an unlikely case"]);
claim("c-client-state-china-headache", "A US client North Korea would mostly be China's headache",
  "Even if North Korea became a US client state, that would still be mostly a headache for the Chinese rather than for Russia.",
  ["that would still be mostly a headache for the Chinese"]);
claim("c-russia-no-need-to-counter-us", "Russia has no need to counter US influence or policy in Korea",
  "Russia has no need to devise a strategy to diminish US influence or to contradict US policy vis-à-vis Korea.",
  ["Russia has no need to devise a strategy to diminish US influence or to contradict US policy vis-à-vis Korea"]);
claim("c-unless-us-escalates", "Exception: US policy aimed at tension, force or pressure",
  "Russia would need to contradict US policy if that policy aimed to increase tension on the peninsula and resorted to a military solution or non-military pressure tactics.",
  ["unless of course, this policy is aimed to increase tension on the peninsula and attempts to resort to a military solution or non-military pressure tactics"], ["condition"]);
proposal("p-counter-us-strategy", "Russian strategy to diminish US influence in Korea",
  "Russia should devise a strategy to diminish US influence and to contradict US policy vis-à-vis Korea: the course the text says Russia has no need of.",
  ["devise a strategy to diminish US influence or to contradict US policy vis-à-vis Korea"], ["rejected"]);
claim("c-common-goals", "The US and Russia share goals and approaches on Korea",
  "There are common goals and common approaches of the US and Russia related to Korean policies.",
  ["At the same time there are common goals and common approaches related to Korean policies"]);
proposal("p-obama-medvedev-agenda", "Broaden Obama-Medvedev cooperation beyond the nuclear issue",
  "Obama-Medvedev cooperation should not be limited to the nuclear issue but should also include broader security and economic issues; the five items that follow detail it.",
  ["In my opinion Obama-Medvedev cooperation should not be limited to nuclear issue, but should also include broader security and economic issues"]);

supports("c-rapprochement-enables-balancing", "c-rapprochement-new-reality");
supports("c-nk-balanced-ussr-prc", "c-rapprochement-enables-balancing", { quotes: ["as it did in the past"] });
supports("c-rapprochement-new-reality", "c-rapprochement-threatens-russia", { id: "r-new-reality-threat", note: "The conservatives' reasoning: a new reality in Korea threatens Russia." });
endorses("a-moscow-conservatives", "c-rapprochement-threatens-russia", { quotes: ["as some Moscow conservatives fear"] });
opposes("a-toloraya", "c-rapprochement-threatens-russia");
contradicts("c-russian-interests-not-challenged", "c-rapprochement-threatens-russia", { note: "Rebuttal of the conservatives' fear." });
contradicts("c-russian-interests-not-challenged", "r-new-reality-threat", { note: "Undercut: \"It is true that\" concedes the new reality; \"not necessarily\" denies that it carries to a challenge for Russia." });
qualifies("c-unless-client-state", "c-russian-interests-not-challenged");
supports("c-client-state-unlikely", "c-russian-interests-not-challenged", { note: "The exception is unlikely to arise." });
contradicts("c-client-state-china-headache", "c-unless-client-state", { strength: 0.5, note: "\"Mostly\": even in the exception the cost would fall mainly on China, not Russia." });
supports("c-russian-interests-not-challenged", "c-russia-no-need-to-counter-us");
qualifies("c-unless-us-escalates", "c-russia-no-need-to-counter-us");
supports("c-us-dominance-bid-challenges-russia", "c-unless-us-escalates", { note: "Implied: paragraph 2's claim grounds the exception; a policy of pressure that undermines the DPRK would challenge Russia." });
contradicts("c-russia-no-need-to-counter-us", "p-counter-us-strategy");
supports("c-rapprochement-threatens-russia", "p-counter-us-strategy", { note: "Implied: were Russian interests challenged, a strategy to counter US influence would follow; the text rejects the premise." });
opposes("a-toloraya", "p-counter-us-strategy");
supports("c-russia-no-need-to-counter-us", "p-us-russia-cooperation");
supports("c-common-goals", "p-us-russia-cooperation", { quotes: ["At the same time"] });
supports("c-common-goals", "p-obama-medvedev-agenda");
partOf("p-obama-medvedev-agenda", "p-us-russia-cooperation");
proposes("a-toloraya", "p-obama-medvedev-agenda", { quotes: ["In my opinion"] });
concerns("c-rapprochement-new-reality", "a-us", "a-north-korea");
concerns("c-rapprochement-enables-balancing", "a-north-korea");
concerns("c-nk-balanced-ussr-prc", "a-north-korea", "a-ussr", "a-china");
concerns("c-rapprochement-threatens-russia", "a-russia");
concerns("c-unless-client-state", "a-north-korea", "a-us");
concerns("c-client-state-china-headache", "a-china");
concerns("c-russia-no-need-to-counter-us", "a-russia", "a-us");
concerns("p-counter-us-strategy", "a-russia", "a-us");
concerns("p-obama-medvedev-agenda", "a-obama-admin", "a-medvedev");

// ---------------------------------------------------------------------------------------------------------------
// Bullet 1: policy coordination and a permanent US-Russian channel
// ---------------------------------------------------------------------------------------------------------------

const INCLUDES = { quote: "It could include:", occurrence: 0 };

proposal("p-policy-coordination", "Increase US-Russian policy coordination on Korea",
  "Increase US-Russian policy coordination on Korea through political, diplomatic and track 2 channels.",
  ["Increased policy coordination through political, diplomatic and track 2 channels"], ["bullet"]);
claim("c-need-build-trust", "Trust in each other's Korea intentions still needs building",
  "There is still a need to build trust between the parties' intentions and plans on the Korean peninsula.",
  ["There is still a need to build trust between the parties' intentions and plans on the Korean peninsula"]);
claim("c-trilateral-group-coordination", "Stronger US-Japan-ROK coordination is on the agenda",
  "Stronger coordination in the US-Japan-ROK \"trilateral group\" is on the agenda.",
  [`Now that stronger coordination in the "trilateral group" (US-Japan-ROK) is on the agenda`]);
claim("c-permanent-channel-more-efficient", "A permanent channel would be more efficient",
  "A permanent channel of US-Russian communication would be more efficient than ad hoc consultations alone.",
  ["why not think about a more efficient"]);
claim("c-channel-adds-to-ad-hoc", "The channel would add to ad hoc vice-ministerial consultations",
  "The permanent channel would come in addition to, not instead of, ad hoc vice-ministerial level consultations.",
  ["(in addition to ad hoc vice-ministerial level consultations)"], ["condition"]);
proposal("p-permanent-channel", "Permanent US-Russian channel on Korean and Northeast Asian affairs",
  "Set up a permanent channel of US-Russian communication on Korean and North East Asian affairs.",
  ["permanent channel of US-Russian communication on Korean and North East Asian affairs"], ["component"]);
proposal("p-embassy-channel", "Run the channel via the US Embassy and regular officials' meetings",
  "One way to run the permanent channel: through the US Embassy in Moscow as well as regular meetings of directly responsible officials.",
  ["One possibility would be through the US Embassy in Moscow as well as regular meetings of directly responsible officials"], ["component"]);
claim("c-channel-raises-awareness", "It would show Moscow that the US pays attention to Korea",
  "The channel would help increase awareness in Moscow of US attention to the Korean issue.",
  ["That would also help increase awareness in Moscow of US attention to this issue"]);
claim("c-channel-raises-rating", "It would raise the issue's \"rating\" among Russian policy-makers",
  "The channel would raise the \"rating\" of the Korean issue among Russian foreign policy-makers.",
  [`raise its "rating" among Russian foreign policy-makers`]);

partOf("p-policy-coordination", "p-obama-medvedev-agenda", { quotes: [INCLUDES] });
proposes("a-toloraya", "p-policy-coordination");
supports("c-need-build-trust", "p-policy-coordination");
supports("c-russia-wary-of-us-aims", "c-need-build-trust", { note: "Implied: the wariness of US objectives (paragraph 2) is the distrust of intentions that coordination must overcome." });
partOf("p-permanent-channel", "p-policy-coordination");
supports("c-trilateral-group-coordination", "p-permanent-channel", { quotes: ["why not think about"], note: "Parity: as the US strengthens coordination with Japan and the ROK, why not a permanent channel with Russia?" });
supports("c-permanent-channel-more-efficient", "p-permanent-channel");
qualifies("c-channel-adds-to-ad-hoc", "p-permanent-channel", { note: "Scope: the channel supplements the existing consultations." });
supports("c-russian-interests-neglected", "p-permanent-channel", { note: "Implied: the channel would show US attention, answering Moscow's complaint of neglect (paragraph 3)." });
partOf("p-embassy-channel", "p-permanent-channel", { quotes: ["One possibility"] });
supports("c-channel-raises-awareness", "p-embassy-channel", { note: "\"That\" follows the Embassy option; it argues for the channel so run." });
supports("c-channel-raises-rating", "p-embassy-channel");
concerns("p-policy-coordination", "a-us", "a-russia");
concerns("c-trilateral-group-coordination", "a-trilateral-group", "a-us", "a-japan", "a-south-korea");
concerns("p-embassy-channel", "a-us", "a-russia");
concerns("c-channel-raises-awareness", "a-russia");
concerns("c-channel-raises-rating", "a-russian-policymakers");

// ---------------------------------------------------------------------------------------------------------------
// Bullet 2: a trilateral US-China-Russia consultation mechanism
// ---------------------------------------------------------------------------------------------------------------

proposal("p-trilateral-mechanism", "Explore a trilateral US-China-Russia consultation mechanism",
  "The idea of setting up a trilateral US-China-Russia consultation mechanism on Korean affairs is worth exploring.",
  ["An idea of setting a trilateral – US-China-Russia consultation mechanism on Korean affairs is worth exploring"], ["bullet"]);

partOf("p-trilateral-mechanism", "p-obama-medvedev-agenda", { quotes: [INCLUDES] });
proposes("a-toloraya", "p-trilateral-mechanism");
supports("c-russia-favours-multilateralism", "p-trilateral-mechanism", { strength: 0.5, note: "Implied: the bullet gives no reason of its own beyond \"worth exploring\"; Russia's stated preference for multilateral approaches (paragraph 1) is the nearest one." });
concerns("p-trilateral-mechanism", "a-us", "a-china", "a-russia");

// ---------------------------------------------------------------------------------------------------------------
// Bullet 3: doing away with North Korea's nuclear infrastructure, Nunn-Lugar style, and its later stages
// ---------------------------------------------------------------------------------------------------------------

proposal("p-nunn-lugar", "Dismantle North Korea's nuclear infrastructure, Nunn-Lugar style",
  "Doing away with North Korean nuclear infrastructure is important: dealing with nuclear facilities and materials, deactivation, verification, nuclear expertise, re-training of specialists and other aspects of a possible Nunn-Lugar program in North Korea, as an area of US-Russian cooperation.",
  ["Doing away with North Korean nuclear infrastructure (dealing with North Korean nuclear facilities and materials, deactivation, verification, nuclear expertise, re-training of specialists and other aspects of possible Nunn-Lugar program implementation in North Korea) is important"], ["bullet"]);
proposal("p-other-wmd", "Extend the cooperation to North Korea's other WMD",
  "This type of interaction could probably include North Korea's other weapons of mass destruction.",
  ["This type of interaction could probably include other North Korean WMD"], ["stage"]);
claim("c-russian-ctr-experience", "Russia has relevant post-Cold War experience",
  "Russia has relevant post-Cold War experience of this type of interaction (doing away with nuclear and other WMD).",
  ["based on relevant Russian post-Cold war experience"]);
proposal("p-conventional-cbm", "Later: US-Russian cooperation on conventional arms and CBMs",
  "In the later stages of the peninsula's demilitarization, conventional armaments and a regime of confidence-building measures (CBM) could become an area of US-Russian cooperation.",
  ["In the later stages of the peninsula demilitarization the issue of conventional armaments and CBM regime could become an area for US-Russian cooperation"], ["stage"]);

partOf("p-nunn-lugar", "p-obama-medvedev-agenda", { quotes: [INCLUDES] });
proposes("a-toloraya", "p-nunn-lugar");
partOf("p-other-wmd", "p-nunn-lugar", { quotes: ["This type of interaction"] });
partOf("p-conventional-cbm", "p-nunn-lugar", { quotes: ["In the later stages"], note: "A later stage of the same demilitarization." });
supports("c-russian-ctr-experience", "p-other-wmd", { strength: 0.7, quotes: ["based on"], note: "Hedged: \"could probably include\"." });
supports("c-russian-ctr-experience", "p-nunn-lugar", { note: "The experience is relevant to \"this type of interaction\" as a whole." });
supports("c-peace-policy-reduces-tension", "p-conventional-cbm", { strength: 0.5, note: "Implied: conventional arms control and confidence-building serve the reduction of military tensions (paragraph 1)." });
concerns("p-nunn-lugar", "a-north-korea", "a-us", "a-russia");
concerns("p-other-wmd", "a-north-korea");
concerns("c-russian-ctr-experience", "a-russia");
concerns("p-conventional-cbm", "a-us", "a-russia");

// ---------------------------------------------------------------------------------------------------------------
// Bullet 4: regional security and cooperation mechanisms
// ---------------------------------------------------------------------------------------------------------------

proposal("p-regional-mechanisms", "Joint efforts to create regional security and cooperation mechanisms",
  "Possibilities should be sought for joint US-Russian efforts to create regional security and cooperation mechanisms in Northeast Asia.",
  ["Possibilities should be sought for joint efforts in creation of the regional security and cooperation mechanisms"], ["bullet"]);
claim("c-osce-increases-us-hold", "An OSCE-type structure might only increase the US hold",
  "A full-fledged OSCE-type structure for Northeast Asia might only increase the US hold on the region; hence Moscow is still hesitant to embrace one.",
  ["Moscow is still hesitant to embrace a full-fledged OSCE-type structure that might only increase the US hold on the region"], ["reported-view", "objection"]);
claim("c-osce-no-benefits", "It would bring no tangible benefits to Russia and other regional actors",
  "A full-fledged OSCE-type structure would bring no tangible benefits for Russia and other regional actors (Moscow's reason for hesitating).",
  ["without tangible benefits for Russia and other regional actors"], ["reported-view", "objection"]);
claim("c-forum-concept-lacking", "No concept yet of a forum's agenda and stages",
  "A concept of what the agenda of a multilateral forum (apart from the North Korean question) could be, and of the sequence of stages for establishing such a structure, is still lacking.",
  ["A concept of what the agenda of the multilateral forum (apart from the North Korean question) could be and what would be the sequence of stages for establishing such a structure is still lacking"]);
claim("c-no-urgency", "Most countries feel no urgency to develop such a concept",
  "Most countries do not feel any urgency in developing a concept of a multilateral forum.",
  ["most countries do not feel any urgency in developing one"], ["objection"]);
claim("c-us-took-up-multiparty-talks", "In 2003 the US took up multiparty talks and led them",
  "In 2003 the US picked up the idea of multiparty talks and used its leadership to implement it.",
  ["In 2003 the US picked up the idea of multiparty talks", "and used its leadership to implement it"], ["history"]);
claim("c-russia-promoted-multiparty-talks", "Russia had promoted multiparty talks for years",
  "Russia had promoted the idea of multiparty talks for years before the US picked it up in 2003.",
  ["for years promoted by Russia"], ["history"]);
proposal("p-rules-of-the-game", "Russia-US partnership preparing Northeast Asia's \"rules of the game\"",
  "Form a pragmatic Russia-US partnership in preparing the 'rules of the game' in Northeast Asia.",
  ["A pragmatic Russia-US partnership in preparing the 'rules of the game' in Northeast Asia"], ["component"]);
claim("c-russia-no-threat", "Russia poses no threat to US interests in Northeast Asia",
  "In Northeast Asia Russia poses no threats to US interests.",
  ["where Russia poses no threats to US interests"]);
claim("c-historic-chance", "The partnership could win Russia a responsible stakeholder's place",
  "A pragmatic Russia-US partnership in preparing the rules of the game could become a historic chance for Russia to be accepted as a responsible stakeholder in the region.",
  ["could become a historic chance for Russia to be accepted as a responsible stakeholder in the region"]);

partOf("p-regional-mechanisms", "p-obama-medvedev-agenda", { quotes: [INCLUDES] });
proposes("a-toloraya", "p-regional-mechanisms");
contradicts("c-osce-increases-us-hold", "p-regional-mechanisms", { note: "Moscow's reservation; it bears on a full-fledged OSCE-type form of the mechanisms." });
contradicts("c-osce-no-benefits", "p-regional-mechanisms", { note: "Moscow's reservation; it bears on a full-fledged OSCE-type form of the mechanisms." });
endorses("a-russia", "c-osce-increases-us-hold", { quotes: ["Moscow is still hesitant"] });
endorses("a-russia", "c-osce-no-benefits");
contradicts("c-no-urgency", "p-regional-mechanisms", { note: "An obstacle the text reports." });
const MULTIPARTY = "g-multiparty-precedent";
supports("c-us-took-up-multiparty-talks", "p-regional-mechanisms", { group: MULTIPARTY, note: "Linked precedent: a Russian idea implemented under US leadership." });
supports("c-russia-promoted-multiparty-talks", "p-regional-mechanisms", { group: MULTIPARTY });
partOf("p-rules-of-the-game", "p-regional-mechanisms");
supports("c-forum-concept-lacking", "p-rules-of-the-game", { note: "Implied: the missing concept of agenda and stages is what preparing the 'rules of the game' would supply." });
supports("c-russia-no-threat", "p-rules-of-the-game");
supports("c-historic-chance", "p-rules-of-the-game");
contradicts("c-russia-no-threat", "c-russia-seen-as-foe", { note: "Implied, with a limited scope: in Northeast Asia Russia is no threat to US interests, whatever its standing elsewhere." });
contradicts("c-historic-chance", "c-osce-no-benefits", { note: "Implied answer to Moscow's hesitation: a partnership in setting the rules would bring Russia a tangible benefit, acceptance as a responsible stakeholder." });
concerns("p-regional-mechanisms", "a-us", "a-russia");
concerns("c-osce-increases-us-hold", "a-us");
concerns("c-osce-no-benefits", "a-russia");
concerns("c-us-took-up-multiparty-talks", "a-us");
concerns("c-russia-promoted-multiparty-talks", "a-russia");
concerns("p-rules-of-the-game", "a-russia", "a-us");
concerns("c-russia-no-threat", "a-russia", "a-us");
concerns("c-historic-chance", "a-russia");

// ---------------------------------------------------------------------------------------------------------------
// Bullet 5: economic assistance and development of North Korea
// ---------------------------------------------------------------------------------------------------------------

proposal("p-economic-coordination", "Coordinate economic assistance to and development of North Korea",
  "Coordination of issues related to the economic assistance and development of North Korea is necessary.",
  ["Coordination of issues related to the economic assistance and development of North Korea is necessary"], ["bullet"]);
claim("c-russia-vested-interest", "Russia has a vested economic interest in the peninsula",
  "Russia has a vested economic interest in the Korean peninsula.",
  ["Russia has a vested economic interest in the Korean peninsula"]);
claim("c-korea-door-to-asia", "Russia sees Korea as a \"door\" to Asia, above all in energy",
  "Russia sees the Korean peninsula as a \"door\" to Asia, especially in the energy sector.",
  [`also sees it as a "door" to Asia, especially in the energy sector`]);
claim("c-transport-natural-areas", "Transport and infrastructure are natural areas of Russian interest",
  "Transportation and infrastructure development are the natural areas where Russian interests are obvious.",
  ["Transportation and infrastructure development are the natural areas where Russian interest are obvious"]);
proposal("p-coordinate-transport", "Coordinate Russian transport interests with the other parties'",
  "Russia's interests in transportation and infrastructure development in Korea should be coordinated with those of the other parties.",
  ["should be coordinated with those of the other parties"], ["component"]);
proposal("p-russia-lwr-stake", "Give Russia a stake in any LWR project",
  "Russia should have a stake in a possible light-water reactor (LWR) project in North Korea, as it would like to.",
  ["Russia would also like to have a stake in a possible LWR project"], ["component"]);
claim("c-lwr-if-agreed", "Condition: only if an LWR project is eventually agreed",
  "The stake concerns an LWR project only should one eventually be agreed upon.",
  ["should it be eventually agreed upon"], ["condition"]);

partOf("p-economic-coordination", "p-obama-medvedev-agenda", { quotes: [INCLUDES] });
proposes("a-toloraya", "p-economic-coordination");
supports("c-russia-vested-interest", "p-economic-coordination");
supports("c-korea-door-to-asia", "p-economic-coordination");
endorses("a-russia", "c-korea-door-to-asia", { quotes: ["also sees it as"] });
partOf("p-coordinate-transport", "p-economic-coordination");
supports("c-transport-natural-areas", "p-coordinate-transport");
partOf("p-russia-lwr-stake", "p-economic-coordination");
supports("c-korea-door-to-asia", "p-russia-lwr-stake", { strength: 0.5, note: "Implied: an LWR project is in the energy sector, where Russia sees its \"door\" to Asia." });
endorses("a-russia", "p-russia-lwr-stake", { quotes: ["Russia would also like"] });
qualifies("c-lwr-if-agreed", "p-russia-lwr-stake");
concerns("p-economic-coordination", "a-north-korea");
concerns("c-russia-vested-interest", "a-russia");
concerns("c-korea-door-to-asia", "a-russia");
concerns("c-transport-natural-areas", "a-russia");
concerns("p-russia-lwr-stake", "a-russia", "a-north-korea");

// ---------------------------------------------------------------------------------------------------------------
// Closing paragraph: no pause in cooperation; the expert communities; scenarios for North Korea's evolution
// ---------------------------------------------------------------------------------------------------------------

proposal("p-no-pause", "No pause in US-Russian Korea cooperation with the new government",
  "The change of governments should not lead to a pause in Russian-US cooperation on Korean affairs.",
  ["The change of governments should not lead to a pause in Russian-US cooperation on Korean affairs"]);
claim("c-no-divergence", "A pause would not stem from divergent opinions",
  "A pause in Russian-US cooperation on Korea would not come from a divergence in opinions.",
  ["not because of divergence in\n\nopinions"]);
claim("c-pause-from-deficits", "A pause could come from lack of trust, attention and will",
  "A pause in Russian-US cooperation on Korea could come from a lack of trust, attention and political will.",
  ["but because of lack of trust, attention, and political will"]);
proposal("p-expert-dialogue", "Expert communities should sustain dialogue and build trust",
  "The expert communities of the two countries should increase their efforts to sustain the bilateral dialogue and build up trust.",
  ["The expert communities of the two countries should increase their efforts to sustain the bilateral dialogue and build up trust"]);
proposal("p-scenario-discussion", "Bilateral discussion of scenarios for North Korea's evolution",
  "A good start: a bilateral discussion of the future scenarios for North Korea's evolution and of the long-term strategies associated with it.",
  ["A good start might be a bilateral discussion of the future scenarios for North Korea's evolution", "and on the long-term strategies associated with it"], ["component"]);
claim("c-scenario-discussion-lacking", "Such a discussion of North Korea's future is now lacking",
  "A bilateral discussion of the future scenarios for North Korea's evolution is now lacking.",
  ["(which is now lacking)"]);

partOf("p-no-pause", "p-us-russia-cooperation");
proposes("a-toloraya", "p-no-pause");
supports("c-no-divergence", "p-no-pause", { note: "There is no substantive reason for a pause." });
supports("c-no-divergence", "c-common-goals", { note: "Implied: the absence of divergent opinions restates the common goals of paragraph 4." });
supports("c-pause-from-deficits", "p-no-pause", { note: "The risk the warning guards against." });
supports("c-pause-from-deficits", "p-expert-dialogue", { note: "Dialogue and trust-building remedy the lack of trust and attention." });
supports("c-need-build-trust", "p-expert-dialogue");
partOf("p-expert-dialogue", "p-us-russia-cooperation");
proposes("a-toloraya", "p-expert-dialogue");
partOf("p-scenario-discussion", "p-expert-dialogue", { quotes: ["A good start might be"] });
supports("c-scenario-discussion-lacking", "p-scenario-discussion");
proposes("a-toloraya", "p-scenario-discussion");
concerns("p-no-pause", "a-us", "a-russia");
concerns("p-expert-dialogue", "a-expert-communities");
concerns("p-scenario-discussion", "a-north-korea");

// ---------------------------------------------------------------------------------------------------------------
// Build, check, write
// ---------------------------------------------------------------------------------------------------------------

/** Where each part of the document begins; a node is tagged with the part that holds its first excerpt. */
const SECTIONS: ReadonlyArray<readonly [tag: string, opening: string]> = [
  ["front-matter", "\n\n\n\nThe Asia-Pacific Journal"],
  ["para-1", "The approach suggested by John Delury"],
  ["para-2", "Russian policy-makers from the mid-1990s"],
  ["para-3", "Moscow is also not happy"],
  ["para-4", "It is true that"],
  ["bullet-1", "- * Increased policy coordination"],
  ["bullet-2", "- * An idea of setting"],
  ["bullet-3", "- * Doing away"],
  ["bullet-4", "- * Possibilities should be sought"],
  ["bullet-5", "- * Coordination of issues"],
  ["closing", "The change of governments"],
  ["back-matter", "John Delury, North Korea: 20 Years"],
];

const problems: string[] = [];
const fail = (message: string) => problems.push(message);

function anchor(text: string, spec: QuoteSpec, owner: string) {
  const { quote, occurrence } = typeof spec === "string" ? { quote: spec, occurrence: undefined } : spec;
  const first = anchorQuote(text, quote, 0);
  if (!first) {
    fail(`${owner}: quote not found in the document: ${JSON.stringify(quote)}`);
    return null;
  }
  if (occurrence === undefined && anchorQuote(text, quote, 1)) {
    fail(`${owner}: quote occurs more than once; give an occurrence index: ${JSON.stringify(quote)}`);
    return null;
  }
  const found = anchorQuote(text, quote, occurrence ?? 0);
  if (!found) {
    fail(`${owner}: occurrence ${occurrence} of ${JSON.stringify(quote)} does not exist`);
    return null;
  }
  assertQuoteMatches(text, found);
  return { documentId: DOC_ID, ...found };
}

function sectionAt(text: string, offset: number): string {
  let current = "front-matter";
  for (const [tag, opening] of SECTIONS) {
    const at = text.indexOf(opening);
    if (at < 0) throw new Error(`section opening not found: ${JSON.stringify(opening)}`);
    if (at <= offset) current = tag;
  }
  return current;
}

function build(): CruxJsonInput {
  if (!existsSync(SOURCE_PATH)) throw new Error(`Run from the repository root: ${SOURCE_PATH} is missing.`);
  const text = readFileSync(SOURCE_PATH, "utf8");
  const meta = JSON.parse(readFileSync(META_PATH, "utf8")) as {
    title: string; authors: string[]; venue: string; dates: { journal: string }; url: string; citation: string;
  };

  // Nodes: ids, titles, anchors.
  const kinds = new Map<string, NodeKind>();
  const titles = new Set<string>();
  for (const n of nodes) {
    if (kinds.has(n.id)) fail(`duplicate node id ${n.id}`);
    kinds.set(n.id, n.kind);
    const prefix = { claim: "c-", proposal: "p-", actor: "a-" }[n.kind];
    if (!n.id.startsWith(prefix)) fail(`${n.id}: a ${n.kind} id starts with "${prefix}"`);
    if (n.title.length > MAX_TITLE) fail(`${n.id}: title longer than ${MAX_TITLE} characters (${n.title.length})`);
    const key = n.title.toLowerCase();
    if (titles.has(key)) fail(`${n.id}: title not unique: ${n.title}`);
    titles.add(key);
    if (n.kind === "actor" && n.quotes.length > 0) fail(`${n.id}: actors carry aliases, not excerpts`);
    if (n.kind !== "actor" && n.quotes.length === 0 && !n.unanchoredReason) fail(`${n.id}: no excerpt and no unanchoredReason`);
  }

  // Relations: ids, endpoints, rules.
  const relationIds = new Set<string>();
  const triples = new Set<string>();
  const withIds = relations.map((r) => ({ ...r, id: r.id ?? `r:${r.source}:${r.relation}:${r.target}` }));
  for (const r of withIds) {
    if (relationIds.has(r.id)) fail(`duplicate relation id ${r.id}`);
    relationIds.add(r.id);
  }
  for (const r of withIds) {
    const triple = `${r.source} ${r.relation} ${r.target}`;
    if (triples.has(triple)) fail(`duplicate relation ${triple}`);
    triples.add(triple);
    const source = kinds.get(r.source);
    const target: EndpointKind | undefined = kinds.get(r.target) ?? (relationIds.has(r.target) ? "relation" : undefined);
    if (!source) fail(`${r.id}: unknown source ${r.source}`);
    if (!target) fail(`${r.id}: unknown target ${r.target}`);
    if (r.source === r.target) fail(`${r.id}: self relation`);
    if (source && target && !isRelationAllowed(r.relation, source, target)) fail(`${r.id}: ${r.relation} not allowed from ${source} to ${target}`);
  }
  // Groups: linked premises share a target and a relation kind, and have at least two members.
  const groups = new Map<string, typeof withIds>();
  for (const r of withIds) if (r.group) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  for (const [group, members] of groups) {
    if (members.length < 2) fail(`group ${group} has a single member`);
    if (new Set(members.map((m) => `${m.relation}>${m.target}`)).size !== 1) fail(`group ${group} mixes targets or kinds`);
  }
  // Every proposal has a reason; no orphans.
  for (const n of nodes) {
    if (n.kind === "proposal" && !withIds.some((r) => r.relation === "supports" && r.target === n.id)) fail(`${n.id}: proposal without a reason (no supports into it)`);
    if (!withIds.some((r) => r.source === n.id || r.target === n.id)) fail(`${n.id}: orphan node`);
  }

  const outNodes = nodes.map((n) => {
    const excerpts = n.quotes.map((q) => anchor(text, q, n.id)).filter((a) => a !== null);
    const section = excerpts[0] ? sectionAt(text, excerpts[0].start) : undefined;
    const tags = [...n.tags, ...(section ? [section] : [])];
    return {
      id: n.id,
      kind: n.kind,
      title: n.title,
      text: n.text,
      aliases: n.aliases,
      tags,
      excerpts,
      ...(n.unanchoredReason ? { unanchoredReason: n.unanchoredReason } : {}),
    };
  });
  const outRelations = withIds.map((r) => ({
    id: r.id,
    source: r.source,
    target: r.target,
    relation: r.relation,
    strength: r.strength ?? null,
    note: r.note ?? "",
    group: r.group ?? null,
    excerpts: (r.quotes ?? []).map((q) => anchor(text, q, r.id)).filter((a) => a !== null),
  }));

  return {
    format: "crux-json",
    formatVersion: 1,
    map: {
      slug: "toloraya-2009",
      title: "Toloraya (2009): A Russian Perspective on US-North Korea Relations",
      description:
        "Georgy Toloraya's response to John Delury's \"North Korea: Twenty Years of Solitude\": Russia would back a US policy of strategic engagement with North Korea, and US-Russian cooperation on Korea should survive the general chill and widen to five areas. Every claim and proposal is anchored in the verbatim text.",
    },
    documents: [
      {
        id: DOC_ID,
        title: meta.title,
        authors: meta.authors,
        venue: meta.venue,
        date: meta.dates.journal,
        url: meta.url,
        citation: meta.citation,
        text,
      },
    ],
    nodes: outNodes,
    relations: outRelations,
    cases: [],
  };
}

const draft = build();
if (problems.length > 0) {
  console.error(`build-toloraya-map: ${problems.length} problem(s); nothing written:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
const parsed = CruxJsonSchema.safeParse(draft);
if (!parsed.success) {
  console.error("build-toloraya-map: the map does not fit the crux-json contract:", JSON.stringify(parsed.error.issues, null, 2));
  process.exit(1);
}
mkdirSync(dirname(OUT_PATH), { recursive: true });
writeFileSync(OUT_PATH, `${JSON.stringify(parsed.data, null, 2)}\n`);

const count = (kind: NodeKind) => parsed.data.nodes.filter((n) => n.kind === kind).length;
const byKind = new Map<string, number>();
for (const r of parsed.data.relations) byKind.set(r.relation, (byKind.get(r.relation) ?? 0) + 1);
const relationIdSet = new Set(parsed.data.relations.map((r) => r.id));
const undercuts = parsed.data.relations.filter((r) => relationIdSet.has(r.target)).length;
console.log(
  `wrote ${OUT_PATH}: ${count("claim")} claims, ${count("proposal")} proposals, ${count("actor")} actors; ` +
    `${parsed.data.relations.length} relations (${[...byKind].map(([k, v]) => `${k} ${v}`).join(", ")}); ${undercuts} undercuts`,
);
