// Word lists of the name scan. Written for Kvalkod by hand (no third-party list is copied, so no
// licence travels with them): ORDINARY holds everyday Swedish words, the speech of group interviews
// and the vocabulary of the social services, in the forms that start sentences and turns; a
// capitalised word found here is not proposed as a name. NOT_PERSONS holds proper nouns that name
// no person (places, authorities, unions, case-management systems). FIRST_NAMES and SURNAMES hold
// common Swedish names (after SCB's published lists of the most common names): such a word
// capitalised inside a sentence is proposed even once, and even when it is also a word ("Bo",
// "Berg"). The project's own words (codes, attributes) are added to ORDINARY at scan time.

const words = (s: string): Set<string> => new Set(s.trim().toLowerCase().split(/\s+/));

export const ORDINARY = words(`
jag du han hon den det vi ni de man en ett mig dig honom henne oss er dem sig sin sitt sina
min mitt mina din ditt dina hans hennes dess vår vårt våra er ert era deras denna detta dessa
den det de som vilken vilket vilka vem vad var vart när hur varför där här dit hit då nu sedan
sen och eller men utan för att om så som än både varken antingen fast fastän medan eftersom
därför alltså ändå dock också även bara just ju nog väl visst kanske säkert troligen egentligen
faktiskt verkligen precis absolut självklart naturligtvis liksom typ alltid aldrig ibland ofta
sällan redan snart fortfarande ännu igen tillbaka inte ej ingen inget inga ingenting ingenstans
någon något några någonting någonstans alla allt allting varje var varenda samma annan annat
andra övriga hela halva mycket lite mer mest mindre minst många flera fler flest få färre
ja jo nej nä näe mm mhm aha oj åh ah hm hmm okej ok okay tack hej hejsan jaha jasså jaså javisst
nja precis exakt absolut visst klart ungefär kring runt omkring cirka ca bl.a. t.ex. osv etc
på i av till från med utan under över efter före innan bakom framför mellan bland genom mot
hos vid åt kring längs bredvid inom utom utanför ovanför nedanför trots enligt angående bortom
sedan tills fram bort hem borta hemma ute inne uppe nere upp ner ut in över förbi iväg
vara är var varit blir blev blivit bli ha har hade haft få får fick fått kan kunde kunnat ska
skall skulle måste må får vill ville velat bör borde brukar brukade behöver behövde behövt
göra gör gjorde gjort säga säger sa sade sagt tänka tänker tänkte tänkt tycka tycker tyckte
tyckt tro tror trodde trott veta vet visste vetat se ser såg sett komma kommer kom kommit
gå går gick gått ta tar tog tagit ge ger gav gett givit känna känner kände känt fungera
fungerar fungerade fungerat jobba jobbar jobbade jobbat arbeta arbetar arbetade arbetat börja
börjar började börjat sluta slutar slutade slutat hålla håller höll hållit stå står stod stått
sitta sitter satt suttit ligga ligger låg legat finnas finns fanns funnits verka verkar verkade
prata pratar pratade pratat tala talar talade talat fråga frågar frågade frågat svara svarar
svarade hjälpa hjälper hjälpte hjälpt handla handlar handlade handlat gälla gäller gällde
märka märker märkte märkt hinna hinner hann hunnit orka orkar orkade orkat försöka försöker
försökte försökt lyckas lyckades önska önskar önskade vänta väntar väntade ändra ändrar ändrade
ändrat förändra förändrar förändrade införa infört införde införts genomföra genomför genomfört
genomförde minnas minns mindes glömma glömmer glömde glömt läsa läser läste läst skriva skriver
skrev skrivit träffa träffar träffade träffats ringa ringer ringde ringt mejla mejlar mejlade
sätta sätter satte satt lägga lägger lade la lagt tillsätta anställa anställer anställde anställt
rekrytera rekryterar rekryterade rekryterat introducera introduceras introducerade
stor stort stora större störst liten litet lilla små mindre minst bra bättre bäst dålig dåligt
dåliga sämre sämst ny nytt nya gammal gammalt gamla äldre äldst lång långt långa kort korta
hög högt höga låg lågt låga god gott goda svår svårt svåra lätt lätta viktig viktigt viktiga
rimlig rimligt rimliga tydlig tydligt tydliga jättebra jättesvårt jättemycket superbra kul roligt
tråkigt tungt tung tunga jobbigt jobbig stressigt stressad stressade trött trötta nöjd nöjda
glad glada orolig oroliga positiv positivt positiva negativ negativt negativa olika egen eget
egna själv självt själva första andra tredje fjärde femte sista nästa förra förste senaste
tidigare senare hellre gärna snabbt långsamt direkt tillsammans ensam ensamt särskilt speciellt
framför allt främst generellt överlag totalt helt halvt delvis ganska rätt väldigt jätte
ett två tre fyra fem sex sju åtta nio tio elva tolv tjugo trettio hundra tusen miljon
januari februari mars april maj juni juli augusti september oktober november december
måndag tisdag onsdag torsdag fredag lördag söndag vår sommar höst vinter
idag igår imorgon ikväll förut efteråt sist först
tid tiden tider år året åren månad månaden veckan vecka veckor dag dagen dagar timme timmar
morgon morgonen kväll kvällen gång gången gånger början slutet hösten våren sommaren vintern
arbete arbetet arbeten jobb jobbet jobben uppdrag uppdraget uppdragen ärende ärendet ärenden
ärendena handläggning handläggningen handledning handledningen ärendehandledning mentor
mentorn mentorer mentorskap mentorskapet introduktion introduktionen introduktionsprogram
introduktionsprogrammet nyanställd nyanställda kollega kollegan kollegor kollegorna chef chefen
chefer cheferna ledning ledningen ledare medarbetare medarbetaren medarbetarna personal
personalen grupp gruppen grupper grupperna arbetsgrupp arbetsgruppen enhet enheten enheter
enheterna avdelning avdelningen förvaltning förvaltningen förvaltningar stadsdel stadsdelen
stadsdelsförvaltning stadsdelsförvaltningen stadsdelsförvaltningar kommun kommunen kommuner
stad staden region regionen socialtjänst socialtjänsten socialsekreterare socialsekreteraren
socialsekreterarna biståndshandläggare biståndshandläggaren biståndshandläggarna handläggare
handläggaren handläggarna handläggarnas brukare brukaren brukarna klient klienten klienter
klienterna familj familjen familjer barn barnen barnet förälder föräldrar föräldrarna
ungdom ungdomar ungdomarna vuxen vuxna äldre äldreomsorg funktionsnedsättning
socialpsykiatri missbruk ekonomiskt bistånd biståndet försörjningsstöd utredning utredningen
utredningar beslut beslutet besluten insats insatsen insatser insatserna placering placeringen
anmälan anmälningar orosanmälan orosanmälningar möte mötet möten mötena träff träffen
arbetsplatsträff apt konsult konsulten konsulter konsulterna student studenten studenter
studenterna trainee traineer traineen lokal lokalen lokaler lokalerna kontor kontoret
kontorslandskap kontorslandskapet rum rummet rummen dator datorn datorer telefon telefonen
system systemet verksamhetssystem verksamhetssystemet lön lönen löner lönerna löneutveckling
arbetsbelastning arbetsbelastningen belastning stöd stödet administration administrationen
administratör administratörer administratören assistent assistenter utbildning utbildningen
utbildningar fortbildning fortbildningen kompetens kompetensen kompetensutveckling forum
forumet specialist specialister specialistutbildning specialistutbildningen
brukardelaktighet delaktighet delaktigheten återkoppling återkopplingen medhandläggarskap
medhandläggare handlingsplan handlingsplanen handlingsplanens plan planen planer satsning
satsningen satsningar projekt projektet område området områden områdena omorganisation
omorganisationen personalomsättning personalomsättningen hot våld hotet våldet
flexibilitet arbetstid arbetstiden arbetstider friskvård friskvården fruktkorg frukost frukosten
trivsel chefsbyte chefsbyten rektor sjukskrivning sjukskrivningar sjukskriven vikarie vikarier
nämnd nämnden politiker politikerna budget budgeten pengar resurser resurserna rutin rutiner
rutinerna dokumentation dokumentationen mall mallar journal journalen
intervju intervjun intervjuer intervjuare intervjuaren deltagare deltagaren deltagarna
fråga frågan frågor frågorna svar svaret exempel exemplet tema temat teman område
sak saken saker sakerna grej grejen grejer del delen delar sätt sättet läge läget situation
situationen problem problemet problemen fråga skillnad skillnaden skillnader förändring
förändringen förändringar utveckling utvecklingen erfarenhet erfarenheten erfarenheter
människa människor människorna person personen personer folk alla varandra
mamma pappa bror syster man kvinna kvinnor män tjej kille tjejer killar
så sådan sådant sådana vilken sån sånt såna liknande annorlunda lika likadant
bakgrund sammanfattning kommentar anteckning obs notera paus skratt skrattar tystnad ohörbart
oklart avbrott slut datum plats längd deltagande närvarande
kommit längst störst behov hinder svårt genomföra övrigt
rubrik bilaga tabell
hej tack välkommen varsågod förlåt ursäkta
`);

export const NOT_PERSONS = words(`
sverige norge danmark finland island tyskland england storbritannien frankrike spanien italien
polen ryssland usa amerika europa eu norden skandinavien afrika asien syrien irak iran somalia
afghanistan eritrea turkiet
stockholm göteborg malmö uppsala västerås örebro linköping helsingborg jönköping norrköping
lund umeå gävle borås eskilstuna södertälje karlstad täby växjö halmstad sundsvall luleå
trollhättan östersund borlänge falun kalmar kristianstad karlskrona skövde uddevalla varberg
hisingen angered frölunda majorna centrum västra östra norra södra götaland norrland svealand
skåne halland bohuslän västergötland östergötland småland värmland dalarna
socialstyrelsen försäkringskassan arbetsförmedlingen migrationsverket skatteverket polisen
kriminalvården ivo inspektionen skolverket skolan förskolan vården sjukvården psykiatrin bup
vårdcentralen vårdcentral kronofogden länsstyrelsen regeringen riksdagen kommunfullmäktige
kommunstyrelsen socialnämnden stadsledningskontoret stadshuset sdf sdn sklr skl skr
vision ssr akademikerförbundet kommunal fackförbundet facket
treserva procapita lifecare viva pulsen combine teams outlook excel word office windows
google facebook zoom skype
jul julen påsk påsken midsommar nyår
covid corona
handlingsplanen
`);

export const FIRST_NAMES = words(`
anna eva maria karin kristina lena sara kerstin emma ingrid marie malin jenny birgitta
annika hanna linda susanne elin monica ulla johanna inger sofia margareta katarina elisabeth
carina helena ida julia linnea camilla åsa anneli marianne ebba ulrika therese gunilla
cecilia matilda agneta anette frida louise lisa klara ellen siv britt barbro gun viktoria
josefin sandra jessica emelie amanda alice maja wilma elsa alva astrid stina lina ann
annelie lotta mona nina tina petra yvonne ewa eva-lena anna-karin anna-lena ann-marie
ann-sofie marie-louise pia rebecka sanna tove veronica helen maja-lena fatima amina aisha
leila sara mariam nour zahra hodan sahra
lars mikael anders johan erik per karl peter jan thomas daniel fredrik hans andreas stefan
mohammed mohamed magnus mats bengt nils sven bo marcus jonas lennart mattias gustav björn
leif göran niklas alexander martin henrik patrik christer olof oskar emil david simon viktor
kjell rolf tommy joakim robert sebastian ulf roger anton william lucas oscar elias hugo
filip isak axel ludvig adam gunnar rickard jesper kent tobias christian robin claes olle
håkan åke sten sture arne kurt rune bertil tomas jonathan johannes linus ali ahmed hassan
omar mustafa ibrahim yusuf abdi
`);

export const SURNAMES = words(`
andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson
pettersson jonsson jansson hansson bengtsson jönsson lindberg jakobsson magnusson olofsson
lindström lindqvist lindgren berg axelsson bergström lundberg lind lundgren lundqvist
mattsson berglund fredriksson sandberg henriksson forsberg sjöberg wallin ali engström
mohamed eklund danielsson lundin håkansson björk bergman gunnarsson holm wikström samuelsson
isaksson fransson bergqvist nyström holmberg arvidsson löfgren söderberg nyberg blomqvist
claesson nordström mårtensson lundström ahmed viklund björklund eliasson pålsson hassan
berggren sandström lund nordin ström åberg hermansson ekström holmgren sundberg hedlund
dahlberg hellström sjögren abrahamsson falk öberg andreasson blom ek månsson strand
sundström lindholm norberg johnsson ivarsson lindahl
`);
