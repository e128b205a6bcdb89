// Sentence templates for the benchmark corpus: what interviewers ask and participants answer about
// the action plan. Slots in braces are filled by text-model.ts; every template is a whole sentence
// so that sentence boundaries, and hence search snippets, look like those of real transcripts.
//
// Slots: {area} definite area phrase, {kw} indefinite keyword, {num} area number, {unit} a unit,
// {role} a job title, {time} a time phrase, {n} a small number, {district} the district, {theme}
// a cross-cutting theme word.

/** Says the area has come furthest: the passages the "Kommit längst" tables count. */
export const FURTHEST = [
  'Jag skulle säga att vi har kommit längst när det gäller {area}.',
  'Där har vi nog kommit längst, alltså {area} – det fungerar faktiskt riktigt bra nu.',
  'Om jag ska välja ett område där arbetet har kommit längst så blir det {area}.',
  'Det som har kommit längst hos oss är {area}, det märks varje vecka.',
  'Område {num} tycker jag har kommit längst, vi har fått ordning på {kw} på ett helt annat sätt än innan.',
  'Vi har kommit längst med {kw}, det var det första vi satte igång med.',
] as const;

/** Says the area has the greatest need: the passages the "Störst behov" tables count. */
export const NEED = [
  'Störst behov ser jag fortfarande inom {area}.',
  'Det största behovet har vi när det gäller {kw}, där har nästan ingenting hänt.',
  'Om du frågar mig var behovet är störst så är det {area}, utan tvekan.',
  'Där finns det störst behov av fortsatt arbete – {area} är inte alls där vi vill.',
  'Jag tycker att behovet är störst inom område {num}, alltså {area}.',
  'Det är {kw} som vi har störst behov av att jobba vidare med.',
] as const;

/** Difficulty and obstacles ("Svårt att genomföra", "Hinder"). */
export const HARD = [
  'Det har varit svårt att genomföra {area} när vi inte ens är fullt bemannade.',
  'Ett hinder är att {kw} kräver tid som ingen har.',
  'Vi har försökt med {kw} flera gånger men det faller alltid på att ärendena går före.',
  'Det som hindrar oss är nog mest {theme}, det påverkar {area} också.',
] as const;

/** Neutral talk about an area: detail without an assessment, like most of a real interview. */
export const DETAIL = [
  'När det gäller {kw} har det hänt en del {time}.',
  'Vi pratar ganska mycket om {kw} på arbetsplatsträffarna.',
  'På {unit} har vi ett eget upplägg för {area}, det ser lite olika ut mellan enheterna.',
  'Jag tänker att {area} hänger ihop med allt annat, man kan inte se det för sig.',
  'Det beror nog på vem man frågar, en {role} har kanske en annan bild av {kw}.',
  'Vi har haft {n} träffar om {kw} sedan i våras, och det är ändå en början.',
  'Hos oss på {unit} är {area} något som alla känner till.',
  'Det var en idé som kom från medarbetarna, att vi skulle satsa på {kw}.',
  'Jag var med när vi började med {kw}, och det var rätt rörigt i början.',
  'Nu finns det en rutin för {kw} som man hittar på intranätet.',
  'Det är klart att {area} blir bättre när man har en chef som bryr sig.',
  'Jag har jobbat här i {n} år och {area} har aldrig varit så här bra.',
] as const;

/** Themes that cut across areas: turnover, consultants, reorganisation, threats and so on. */
export const THEMES = [
  'Personalomsättningen har varit enorm, vi har bytt ut nästan halva gruppen på {n} år.',
  'Vi har haft en hög personalomsättning och det gör att introduktionsprogram blir viktigare än någonsin.',
  'Konsulterna kostar mycket, men utan inhyrda socialsekreterare hade vi inte klarat sommaren.',
  'Det är svårt när konsulter går på sina tider och vi som är fast anställda tar de tunga ärendena.',
  'Omorganisationen förra året gjorde att allt stod still i flera månader.',
  'Vi fick en ny omorganisation innan den förra ens hade satt sig, och då tappar folk orken.',
  'Kontorslandskapet är ett stort problem, man kan inte prata i telefon med en klient när det sitter tolv personer runt omkring.',
  'Lokalerna är för trånga, och det finns för få samtalsrum – man får boka veckor i förväg.',
  'Hot och våld är något vi pratar för lite om, men det har blivit vanligare i receptionen.',
  'Efter incidenten i entrén fick vi larmknappar, men lokalerna är fortfarande inte anpassade.',
  'Lönen spelar roll, det vet alla, man går till grannkommunen för tvåtusen kronor mer.',
  'Verksamhetssystemet är tungt och långsamt, det tar en halv dag att få ut ett beslut.',
  'Vi har fått friskvårdstimme och fruktkorg, och det är trevligt – men det löser ju inte arbetsbelastningen.',
  'Frukostmötena på fredagar har blivit en fin tradition, det är där man hinner prata med varandra.',
  'Med flexibel arbetstid kan man i alla fall hämta barnen, det gör att folk stannar.',
  'Vi har haft tre chefsbyten på två år och varje gång börjar man om från början.',
  'Arbetsbelastningen är fortfarande för hög, jag har över {n}0 ärenden och det går inte.',
  'Delaktigheten har blivit bättre, vi får faktiskt vara med och bestämma hur pengarna används.',
  'Det är mycket administration som egentligen inte borde ligga på en {role}.',
  'Vi har studenter varje termin nu och det ger en energi i gruppen – även om det tar tid.',
  'Traineerna har varit ett lyft, två av dem har stannat och jobbar hos oss i dag.',
  'Fortbildning finns på papperet, men man hinner sällan gå på den när det är kris på {unit}.',
  'Medhandläggarskap i de tyngsta ärendena gör att man inte står ensam när det blåser.',
  'Ärendehandledning varannan vecka har blivit en trygghet, där kan man lyfta det som skaver.',
  'Mentorskap för nyanställda har vi haft ett tag nu, och de nya säger att det gör stor skillnad.',
] as const;

/** Short reactions and hedges between the substantive sentences. */
export const FILLERS = [
  'Det håller jag med om.',
  'Ja, precis så är det.',
  'Jag vet inte om alla känner likadant, men så upplever jag det.',
  'Det är lite olika mellan enheterna.',
  'Men det är ju ingen snabb lösning, det tar tid.',
  'Så det är väl både och, kan man säga.',
  'Det var nog det jag ville säga om det.',
  'Fast det kanske bara är min bild.',
  'Man får ju vara realistisk – vi är inte där än.',
  'Det är en bra idé i teorin, i alla fall.',
  'Ja, och det ska man inte underskatta.',
  'Det är väl det som är själva kärnan.',
] as const;

/** One-line answers: the short turns that make speaker counts and turn boundaries realistic. */
export const BACKCHANNELS = [
  'Mm.',
  'Ja.',
  'Precis.',
  'Absolut.',
  'Nej, verkligen inte.',
  'Ja, det stämmer.',
  'Håller med.',
] as const;

/** Words that open a turn; the sentence after them is lower-cased. */
export const OPENERS = [
  'Ja, ',
  'Alltså, ',
  'Men ',
  'Jo, ',
  'Mm, ',
  'Nej, men ',
  'Ja, alltså ',
] as const;

/** Interviewer turns: the questions that structure a group interview. */
export const QUESTIONS = [
  'Om ni tänker på handlingsplanens tretton områden – inom vilka tre har arbetet kommit längst här i {district}?',
  'Och var ser ni störst behov av fortsatt utvecklingsarbete?',
  'Kan du utveckla det lite?',
  'Hur ser det ut med {kw} hos er i dag?',
  'Är det fler som känner igen sig i det?',
  'Vad har {area} inneburit för er i vardagen?',
  'Har arbetet med handlingsplanen inneburit någon konkret skillnad för er?',
  'Ni nämnde {theme} – hur påverkar det arbetet med handlingsplanen?',
  'Hur är det med område {num}, {area}?',
  'Vad skulle behövas för att ni ska komma vidare med {kw}?',
  'Om vi går tillbaka till förra intervjun – har något förändrats sedan dess?',
  'Jag tänkte att vi skulle prata lite om {area} nu.',
] as const;

/** Short interviewer follow-ups that lead into a question. */
export const PROMPTS = [
  'Okej.',
  'Tack.',
  'Mm, intressant.',
  'Jag förstår.',
  'Då går vi vidare.',
] as const;
