<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/action_dialog.py" line="35"/>
        <source>Edit action</source>
        <translation>Rediger handling</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/action_dialog.py" line="35"/>
        <source>Add action</source>
        <translation>Tilføj handling</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/action_dialog.py" line="43"/>
        <source>no due date</source>
        <translation>ingen frist</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/action_dialog.py" line="58"/>
        <source>What was done — the &quot;we did&quot; that people will hear back</source>
        <translation>Hvad der blev gjort — det »vi gjorde«, som folk får at høre</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/action_dialog.py" line="61"/>
        <source>&amp;What:</source>
        <translation>&amp;Hvad:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/action_dialog.py" line="62"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/action_dialog.py" line="63"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/action_dialog.py" line="66"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/action_dialog.py" line="67"/>
        <source>What was &amp;done:</source>
        <translation>Hvad blev &amp;gjort:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/action_dialog.py" line="75"/>
        <source>In answer to: “%1”</source>
        <translation>Som svar på: “%1”</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="35"/>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="36"/>
        <source>&amp;Add action…</source>
        <translation>&amp;Tilføj handling…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="37"/>
        <source>Ed&amp;it…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="42"/>
        <source>Follow-ups from what people said. Mark an action done with what was done: that is the &quot;you said, we did&quot; people hear back.</source>
        <translation>Opfølgning på det, folk har sagt. Markér en handling som gennemført, og skriv, hvad der blev gjort: det er det »I sagde, vi gjorde«, folk får at høre.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="44"/>
        <source>Show &amp;open actions only</source>
        <translation>Vis &amp;kun åbne handlinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="56"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="57"/>
        <source>What was done</source>
        <translation>Hvad blev gjort</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="60"/>
        <source>No actions to show. Add one with “Add action…”, or from a note while capturing (Ctrl+Shift+A); a lunch log&apos;s follow-ups land here too.</source>
        <translation>Ingen handlinger at vise. Tilføj en med “Tilføj handling…” eller fra en note under indtastningen (Ctrl+Shift+A); opfølgninger fra frokostsamtaler havner også her.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="78"/>
        <source>  overdue</source>
        <translation>  over tiden</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/backups_dialog.py" line="24"/>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/backups_dialog.py" line="28"/>
        <source>A verified copy is made when a workspace is opened after a change and when it is closed. Folder: %1</source>
        <translation>Der laves en kontrolleret kopi, når et arbejdsområde åbnes efter en ændring, og når det lukkes. Mappe: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/backups_dialog.py" line="32"/>
        <source>Made (local time)</source>
        <translation>Oprettet (lokal tid)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/backups_dialog.py" line="32"/>
        <source>Why</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/backups_dialog.py" line="37"/>
        <source>unreadable</source>
        <translation>ulæselig</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="60"/>
        <source>&amp;Close session…</source>
        <translation>&amp;Luk session…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="61"/>
        <source>&amp;Back to sessions</source>
        <translation>T&amp;ilbage til sessioner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="117"/>
        <source>+ like   - dislike   ! idea   ? question   &quot; quote   n: need   @P-003 who   #theme   — Enter saves</source>
        <translation>+ positiv   - negativ   ! idé   ? spørgsmål   &quot; citat   n: behov   @P-003 hvem   #tema   — Enter gemmer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="157"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="159"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="182"/>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="453"/>
        <source>change kind</source>
        <translation>ændring af type</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="207"/>
        <source>Your unsaved text from last time was restored in the capture line. Press Enter to save it.</source>
        <translation>Din ikke-gemte tekst fra sidst står igen i noteringslinjen. Tryk Enter for at gemme den.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="238"/>
        <source>The session is dated today, %1, the day it is run (it was planned for %2).</source>
        <translation>Sessionen er dateret i dag, %1, den dag den holdes (den var planlagt til %2).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="254"/>
        <source>Save or clear the text in the capture line first.</source>
        <translation>Gem eller ryd teksten i noteringslinjen først.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="257"/>
        <source>Close the session</source>
        <translation>Luk sessionen</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="258"/>
        <source>Close “%1”? Notes can no longer be added once it is closed.</source>
        <translation>Luk “%1”? Når den er lukket, kan der ikke tilføjes flere noter.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="334"/>
        <source>Nothing to save yet: type what was said after the prefix.</source>
        <translation>Intet at gemme endnu: skriv, hvad der blev sagt, efter præfikset.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="351"/>
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="352"/>
        <source>%1 is not a participant yet. Add them as:</source>
        <translation>%1 er ikke deltager endnu. Tilføj som:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="398"/>
        <source>edit note</source>
        <translation>redigering af note</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="419"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="419"/>
        <source>Themes, separated by commas:</source>
        <translation>Temaer, adskilt med komma:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/capture_menu.py" line="20"/>
        <source>Edit themes…	Ctrl+T</source>
        <translation>Rediger temaer…	Ctrl+T</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/capture_menu.py" line="21"/>
        <source>Create an action…	Ctrl+Shift+A</source>
        <translation>Opret en handling…	Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/capture_menu.py" line="28"/>
        <source>Delete	Del</source>
        <translation>Slet	Del</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="476"/>
        <source>%1 notes</source>
        <translation>%1 noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="475"/>
        <source>%1 of %2 notes shown</source>
        <translation>%1 af %2 noter vises</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="59"/>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="491"/>
        <source>Not saved: %1 Your text is still in the capture line.</source>
        <translation>Ikke gemt: %1 Din tekst står stadig i noteringslinjen.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/capture_commands.py" line="52"/>
        <source>add note</source>
        <translation>tilføjelse af note</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/capture_commands.py" line="70"/>
        <source>delete note</source>
        <translation>sletning af note</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/capture_commands.py" line="100"/>
        <source>change themes</source>
        <translation>ændring af temaer</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/close_dialog.py" line="40"/>
        <source>Session closed</source>
        <translation>Session afsluttet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/close_dialog.py" line="43"/>
        <source>What was captured</source>
        <translation>Det blev noteret</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/close_dialog.py" line="46"/>
        <source>%1 notes: %2</source>
        <translation>%1 noter: %2</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/close_dialog.py" line="46"/>
        <source>1 note: %2</source>
        <translation>1 note: %2</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/close_dialog.py" line="49"/>
        <source>1 participant · duration %2</source>
        <translation>1 deltager · varighed %2</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/close_dialog.py" line="50"/>
        <source>%1 participants · duration %2</source>
        <translation>%1 deltagere · varighed %2</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/close_dialog.py" line="57"/>
        <source>Closing the loop is what makes people speak up next time: who does what, by when?</source>
        <translation>Det er opfølgningen, der får folk til at sige noget næste gang: hvem gør hvad, og hvornår?</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/close_dialog.py" line="61"/>
        <source>What will be done</source>
        <translation>Hvad skal der gøres</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/close_dialog.py" line="66"/>
        <source>&amp;Add action</source>
        <translation>&amp;Tilføj handling</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="122"/>
        <source>Home</source>
        <translation>Hjem</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="123"/>
        <source>New focus gro&amp;up…</source>
        <translation>Ny f&amp;okusgruppe…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="125"/>
        <source>Log a &amp;lunch…</source>
        <translation>&amp;Notér frokostsamtale…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="126"/>
        <source>Record a field &amp;visit…</source>
        <translation>Nyt f&amp;eltbesøg…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="134"/>
        <source>departments and partners</source>
        <translation>afdelinger og samarbejdspartnere</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="135"/>
        <source>listening sessions</source>
        <translation>lyttesessioner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="144"/>
        <source>Due for listening</source>
        <translation>Tid til at lytte</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="145"/>
        <location filename="../../focusgroup/ui/views/home.py" line="164"/>
        <source>Every department has been listened to within its cadence.</source>
        <translation>Der er lyttet til alle afdelinger inden for deres interval.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="146"/>
        <source>Upcoming sessions</source>
        <translation>Kommende sessioner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="146"/>
        <source>No sessions planned.</source>
        <translation>Ingen planlagte sessioner.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="147"/>
        <source>Open actions</source>
        <translation>Åbne handlinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="147"/>
        <source>No open actions.</source>
        <translation>Ingen åbne handlinger.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="148"/>
        <source>Perception gap, last six months</source>
        <translation>Opfattelseskløft, seneste seks måneder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="149"/>
        <source>No needs rankings in the last six months. Run a needs ranking in a focus group to compare what employees want with what managers think they want.</source>
        <translation>Ingen behovsrangeringer i de seneste seks måneder. Lav en behovsrangering i en fokusgruppe for at sammenligne det, medarbejderne ønsker, med det, lederne tror, de ønsker.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="166"/>
        <source>One department is due for listening.</source>
        <translation>Det er tid til at lytte til én afdeling.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="168"/>
        <source>%1 departments are due for listening.</source>
        <translation>Det er tid til at lytte til %1 afdelinger.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="169"/>
        <source>Workspace “%1”.</source>
        <translation>Arbejdsområde »%1«.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="179"/>
        <source>never listened to</source>
        <translation>aldrig lyttet til</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="181"/>
        <source>last listened %1, %2 days overdue</source>
        <translation>sidst lyttet %1, %2 dage over tiden</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="201"/>
        <source>due %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="215"/>
        <source>employees&apos; own rankings</source>
        <translation>medarbejdernes egne rangeringer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="216"/>
        <source>managers&apos; predictions</source>
        <translation>ledernes forventninger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="218"/>
        <source>%1 needs %2 more</source>
        <translation>%1 mangler %2 til</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="221"/>
        <source>Hidden to protect anonymity (threshold %1 people): %2.</source>
        <translation>Skjult af hensyn til anonymiteten (grænse: %1 personer): %2.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="225"/>
        <source>Based on %1 employees and %2 managers and supervisors.</source>
        <translation>Bygger på %1 medarbejdere og %2 ledere og mellemledere.</translation>
    </message>
</context>
<context>
    <name>DepartmentDetail</name>
    <message>
        <location filename="../../focusgroup/ui/widgets/department_detail.py" line="26"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/department_detail.py" line="26"/>
        <source>No sessions yet.</source>
        <translation>Ingen sessioner endnu.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/department_detail.py" line="28"/>
        <source>Two rounds of rankings are needed for a trend.</source>
        <translation>Der skal to runder rangeringer til, før udviklingen kan vises.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/department_detail.py" line="43"/>
        <source>%1 notes, %2</source>
        <translation>%1 noter, %2</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/department_detail.py" line="57"/>
        <source>Hidden to protect anonymity: each round needs at least %1 employees (%2 and %3).</source>
        <translation>Skjult af hensyn til anonymiteten: hver runde kræver mindst %1 medarbejdere (%2 og %3).</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/department_dialog.py" line="38"/>
        <source>Edit department</source>
        <translation>Rediger afdeling</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/department_dialog.py" line="38"/>
        <source>Add department</source>
        <translation>Tilføj afdeling</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/department_dialog.py" line="42"/>
        <source>e.g. Warehouse, IT support, NordFragt A/S</source>
        <translation>f.eks. Lager, IT-support, NordFragt A/S</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/department_dialog.py" line="50"/>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/department_dialog.py" line="52"/>
        <source>How often this group should be listened to.</source>
        <translation>Hvor ofte der skal lyttes til gruppen.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/department_dialog.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/department_dialog.py" line="60"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/department_dialog.py" line="61"/>
        <source>&amp;Listen every:</source>
        <translation>&amp;Lyt igen efter:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/department_dialog.py" line="63"/>
        <source>Suppliers and contractors are internal customers too: list them here.</source>
        <translation>Leverandører og underleverandører er også interne kunder: før dem op her.</translation>
    </message>
</context>
<context>
    <name>DepartmentsView</name>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="43"/>
        <source>Departments and partners</source>
        <translation>Afdelinger og samarbejdspartnere</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="45"/>
        <source>Teams, departments, suppliers and contractors you listen to, and how often. Double-click a row to edit it.</source>
        <translation>Teams, afdelinger, leverandører og underleverandører, du lytter til, og hvor ofte. Dobbeltklik på en række for at redigere den.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="49"/>
        <source>&amp;Add department…</source>
        <translation>&amp;Tilføj afdeling…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="51"/>
        <location filename="../../focusgroup/ui/views/departments.py" line="161"/>
        <source>A&amp;rchive</source>
        <translation>Ar&amp;kivér</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="50"/>
        <source>Ed&amp;it…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="52"/>
        <source>Show archi&amp;ved</source>
        <translation>Vis ark&amp;iverede</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="60"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="63"/>
        <source>Cadence</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="73"/>
        <source>No departments yet. Use “Add department…” for the teams, departments and partner groups you listen to; each gets a listening cadence and shows here when it is due.</source>
        <translation>Ingen afdelinger endnu. Brug “Tilføj afdeling…” til de teams, afdelinger og samarbejdspartnere, I lytter til; hver får en lytterytme og vises her, når det er tid.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="127"/>
        <source>Archived</source>
        <translation>Arkiveret</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="131"/>
        <source>Overdue by %1 days</source>
        <translation>%1 dage over tiden</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="132"/>
        <source>Next by %1</source>
        <translation>Næste senest %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="161"/>
        <source>&amp;Restore</source>
        <translation>Gen&amp;dan</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="189"/>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/erase_dialog.py" line="29"/>
        <source>Erase a participant</source>
        <translation>Slet en deltager</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/erase_dialog.py" line="33"/>
        <source>Removes the person&apos;s rankings, name and code, and their notes (or keeps the notes without a name). Their name and code are also blanked out wherever else they appear (other notes, sessions they led, actions they own, themes), and older backups and damaged copies are deleted. This cannot be undone.</source>
        <translation>Fjerner personens rangeringer, navn og kode samt personens noter (eller beholder noterne uden navn). Navn og kode fjernes også alle andre steder, de står (andre noter, sessioner som personen har ledet, handlinger som personen er ansvarlig for, temaer), og ældre sikkerhedskopier og beskadigede kopier slettes. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/erase_dialog.py" line="42"/>
        <source>Keep their notes, unattributed</source>
        <translation>Behold personens noter anonymt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/erase_dialog.py" line="44"/>
        <source>Participant &amp;code:</source>
        <translation>Deltager&amp;kode:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/erase_dialog.py" line="53"/>
        <source>&amp;Erase permanently</source>
        <translation>&amp;Slet permanent</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../focusgroup/ui/widgets/guide_panel.py" line="30"/>
        <source>Discussion guide</source>
        <translation>Samtaleguide</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/guide_panel.py" line="43"/>
        <source>PgUp / PgDown: previous / next question</source>
        <translation>PgUp / PgDown: forrige / næste spørgsmål</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/guide_panel.py" line="59"/>
        <source>No guide for this session: notes are still timed.</source>
        <translation>Ingen samtaleguide til denne session: noterne får stadig tidsstempel.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/guide_panel.py" line="71"/>
        <source>The session is closed.</source>
        <translation>Sessionen er lukket.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/guide_panel.py" line="78"/>
        <source>%1 of %2 min on this question</source>
        <translation>%1 af %2 min på dette spørgsmål</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/guide_panel.py" line="82"/>
        <source>The clock starts with the first note or Start.</source>
        <translation>Uret starter med den første note eller Start.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/guide_panel.py" line="89"/>
        <source>5 minutes left: time to close.</source>
        <translation>5 minutter tilbage: tid til at runde af.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/guide_panel.py" line="91"/>
        <source>15 minutes left: move towards the ending questions.</source>
        <translation>15 minutter tilbage: gå videre til de afsluttende spørgsmål.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/guide_panel.py" line="93"/>
        <source>Over the planned time.</source>
        <translation>Over den planlagte tid.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/guide_panel.py" line="94"/>
        <source>of %1 planned</source>
        <translation>af %1 planlagt</translation>
    </message>
</context>
<context>
    <name>HandsDialog</name>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="52"/>
        <source>Count of hands</source>
        <translation>Håndsoprækning</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="62"/>
        <source>not counted</source>
        <translation>ikke talt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="64"/>
        <source>&amp;Session:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="65"/>
        <source>Hands &amp;for:</source>
        <translation>Hænder &amp;for:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="66"/>
        <source>Hands &amp;against:</source>
        <translation>Hænder &amp;imod:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="67"/>
        <source>&amp;Neutral / abstaining:</source>
        <translation>&amp;Neutrale / undlader:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="71"/>
        <source>&amp;Clear the count</source>
        <translation>&amp;Ryd optællingen</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="77"/>
        <source>How many hands went up for and against “%1”?</source>
        <translation>Hvor mange rakte hånden op for og imod »%1«?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="50"/>
        <source>Import rankings</source>
        <translation>Importér rangeringer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="54"/>
        <source>A CSV with participant, role, perspective, item, rank (one row per ranked item), a Microsoft Forms export or a Google Forms ranking grid. Nothing is written until every row checks out.</source>
        <translation>En CSV-fil med deltager, rolle, perspektiv, punkt og plads (én række pr. rangeret punkt), en eksport fra Microsoft Forms eller et rangeringsgitter fra Google Forms. Intet gemmes, før alle rækker er i orden.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="58"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="66"/>
        <source>Type a new name to create the list from the file.</source>
        <translation>Skriv et nyt navn for at oprette listen ud fra filen.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="68"/>
        <source>e.g. Survey spring 2026 (default: from the file name)</source>
        <translation>f.eks. Spørgeundersøgelse forår 2026 (standard: filens navn)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="71"/>
        <source>— from the file, or none —</source>
        <translation>— fra filen eller ingen —</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="77"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="78"/>
        <source>Needs &amp;list:</source>
        <translation>&amp;Behovsliste:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="79"/>
        <source>&amp;Session:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="80"/>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="81"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="88"/>
        <source>&amp;Preview</source>
        <translation>Forhånds&amp;vis</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="90"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="108"/>
        <source>Rankings file</source>
        <translation>Fil med rangeringer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="129"/>
        <source>Choose a file first.</source>
        <translation>Vælg først en fil.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="151"/>
        <source>Importing rankings</source>
        <translation>Importerer rangordninger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="162"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulleret: intet blev importeret.</translation>
    </message>
</context>
<context>
    <name>InitiativeDialog</name>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="77"/>
        <source>Edit initiative</source>
        <translation>Rediger initiativ</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="78"/>
        <source>Add initiative</source>
        <translation>Tilføj initiativ</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="82"/>
        <source>e.g. Fitness room in building B</source>
        <translation>f.eks. Motionsrum i bygning B</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="86"/>
        <source>What would be built or changed, for whom</source>
        <translation>Hvad der skal bygges eller ændres, og for hvem</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="91"/>
        <source>not estimated</source>
        <translation>ikke anslået</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="100"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="101"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="102"/>
        <source>Estimated &amp;cost:</source>
        <translation>Anslået &amp;omkostning:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="103"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>InitiativesView</name>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="199"/>
        <source>Initiatives</source>
        <translation>Initiativer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="200"/>
        <source>&amp;Add initiative…</source>
        <translation>&amp;Tilføj initiativ…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="202"/>
        <source>&amp;Put to a session…</source>
        <translation>Tag &amp;op på en session…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="201"/>
        <source>Ed&amp;it…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="203"/>
        <source>Re&amp;cord hands…</source>
        <translation>Registrér hå&amp;ndsoprækning…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="209"/>
        <source>Ask before you invest. Put what the organisation plans to spend money on to the sessions of the people it is for; mark their notes for or against and count hands.</source>
        <translation>Spørg, før I investerer. Tag det, organisationen vil bruge penge på, op på sessioner med de mennesker, det er til; markér deres noter for eller imod, og tæl hænder.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="213"/>
        <source>Initiative</source>
        <translation>Initiativ</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="214"/>
        <source>Cost</source>
        <translation>Omkostning</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="218"/>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="278"/>
        <source>Asked in</source>
        <translation>Spurgt i</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="219"/>
        <source>For / against</source>
        <translation>For / imod</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="223"/>
        <source>No initiatives yet. Before the money is spent on a gym, a new shift plan or a benefit, add it with “Add initiative…” and put it to the sessions of the people it is for.</source>
        <translation>Ingen initiativer endnu. Før pengene bruges på et fitnessrum, en ny vagtplan eller et gode, så tilføj det med “Tilføj initiativ…” og læg det frem for sessionerne med de mennesker, det er til.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="246"/>
        <source>not asked yet</source>
        <translation>ikke spurgt endnu</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="247"/>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="248"/>
        <source>%1 sessions</source>
        <translation>%1 sessioner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="253"/>
        <source>notes %1 / %2</source>
        <translation>noter %1 / %2</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="256"/>
        <source>  ·  hands %1 / %2</source>
        <translation>  ·  hænder %1 / %2</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="270"/>
        <source>Decide on what people said, not on what management assumed.</source>
        <translation>Beslut ud fra det, folk sagde, ikke ud fra det, ledelsen antog.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="277"/>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="278"/>
        <source>Not put to any session yet.</source>
        <translation>Endnu ikke taget op på nogen session.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="283"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="283"/>
        <source>No notes marked for yet.</source>
        <translation>Ingen noter markeret for endnu.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="284"/>
        <source>Against</source>
        <translation>Imod</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="284"/>
        <source>No notes marked against yet.</source>
        <translation>Ingen noter markeret imod endnu.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="341"/>
        <source>%1  ·  estimated cost %2</source>
        <translation>%1  ·  anslået omkostning %2</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="347"/>
        <source>For (%1)</source>
        <translation>For (%1)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="349"/>
        <source>Against (%1)</source>
        <translation>Imod (%1)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="360"/>
        <source>Not put to any session yet: nobody has been asked. Put it to the sessions of the people it is for before the money is spent.</source>
        <translation>Endnu ikke taget op på nogen session: ingen er blevet spurgt. Tag det op på sessioner med de mennesker, det er til, før pengene bruges.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="363"/>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="389"/>
        <source>%1 for, %2 against, %3 neutral notes</source>
        <translation>%1 for, %2 imod, %3 neutrale noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="369"/>
        <source>no count of hands yet</source>
        <translation>ingen håndsoprækning endnu</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="370"/>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="398"/>
        <source>hands: %1 for / %2 against</source>
        <translation>hænder: %1 for / %2 imod</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="373"/>
        <source> / %1 neutral</source>
        <translation> / %1 neutrale</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="374"/>
        <source> in 1 session</source>
        <translation> i 1 session</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="375"/>
        <source> in %1 sessions</source>
        <translation> i %1 sessioner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="397"/>
        <source>no count of hands</source>
        <translation>ingen håndsoprækning</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="400"/>
        <source>notes: %1 for / %2 against</source>
        <translation>noter: %1 for / %2 imod</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="48"/>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="49"/>
        <source>Decided: yes</source>
        <translation>Besluttet: ja</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="50"/>
        <source>Decided: no</source>
        <translation>Besluttet: nej</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="51"/>
        <source>Parked</source>
        <translation>Parkeret</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="38"/>
        <source>&amp;English:</source>
        <translation>&amp;Engelsk:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="39"/>
        <source>&amp;Danish:</source>
        <translation>&amp;Dansk:</translation>
    </message>
</context>
<context>
    <name>LinesCard</name>
    <message>
        <location filename="../../focusgroup/ui/widgets/cards.py" line="67"/>
        <source>… and %1 more</source>
        <translation>… og %1 mere</translation>
    </message>
</context>
<context>
    <name>LunchDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="79"/>
        <source>Log a lunch interview</source>
        <translation>Notér en frokostsamtale</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="85"/>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="97"/>
        <source>&amp;Anonymous</source>
        <translation>&amp;Anonym</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="98"/>
        <source>Stored under a generated code such as ANON-003.</source>
        <translation>Gemmes under en automatisk kode som ANON-003.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="105"/>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="106"/>
        <source>One point per line</source>
        <translation>Ét punkt pr. linje</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="107"/>
        <source>Worries, ideas, questions — one per line</source>
        <translation>Bekymringer, idéer, spørgsmål — ét pr. linje</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="112"/>
        <source>— none —  (type a number or a name)</source>
        <translation>— ingen —  (skriv et nummer eller et navn)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="119"/>
        <source>What will be done?</source>
        <translation>Hvad skal der gøres?</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="120"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="124"/>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="133"/>
        <source>&amp;Save  (Ctrl+Enter)</source>
        <translation>&amp;Gem  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="134"/>
        <source>Saves from any field; Enter also saves outside the text boxes.</source>
        <translation>Gemmer fra ethvert felt; Enter gemmer også uden for tekstfelterne.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="144"/>
        <source>D&amp;epartment:</source>
        <translation>A&amp;fdeling:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="149"/>
        <source>&amp;Who:</source>
        <translation>&amp;Hvem:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="152"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="153"/>
        <source>What they &amp;like:</source>
        <translation>Det kan de &amp;lide:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="154"/>
        <source>What they &amp;dislike:</source>
        <translation>Det kan de &amp;ikke lide:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="155"/>
        <source>On their &amp;mind:</source>
        <translation>Det &amp;tænker de på:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="158"/>
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="158"/>
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="158"/>
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="164"/>
        <source>Top &amp;needs:</source>
        <translation>Vigtigste &amp;behov:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="168"/>
        <source>Follow-ups</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="170"/>
        <source>&amp;Follow-up</source>
        <translation>&amp;Opfølgning</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="182"/>
        <source>F&amp;acilitator:</source>
        <translation>Fa&amp;cilitator:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="183"/>
        <source>Da&amp;te:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="217"/>
        <source>no code is shown anywhere</source>
        <translation>ingen kode vises nogen steder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="219"/>
        <source>known: %1</source>
        <translation>kendt: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="222"/>
        <source>new participant</source>
        <translation>ny deltager</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="232"/>
        <source>No need on the list matches &quot;%1&quot;: type its number or part of its name.</source>
        <translation>Intet behov på listen passer til &quot;%1&quot;: skriv dets nummer eller en del af navnet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="260"/>
        <source>Lunch interview (anonymous)</source>
        <translation>Frokostsamtale (anonym)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="53"/>
        <source>Home</source>
        <translation>Hjem</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="53"/>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="54"/>
        <source>Needs &amp;&amp; gap</source>
        <translation>Behov &amp;&amp; kløft</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="54"/>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="54"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="55"/>
        <source>Initiatives</source>
        <translation>Initiativer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="55"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="152"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="153"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nyt arbejdsområde…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="155"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="157"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="159"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Åbn &amp;demo-arbejdsområdet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="161"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="163"/>
        <source>Backu&amp;ps…</source>
        <translation>Sikkerheds&amp;kopier…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="165"/>
        <source>S&amp;end work…</source>
        <translation>S&amp;end arbejde…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="166"/>
        <source>Recei&amp;ve work…</source>
        <translation>&amp;Modtag arbejde…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="169"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="171"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="172"/>
        <source>&amp;Search notes…</source>
        <translation>&amp;Søg i noter…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="175"/>
        <source>&amp;Erase a participant…</source>
        <translation>Slet en &amp;deltager…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="179"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="185"/>
        <source>&amp;Departments</source>
        <translation>&amp;Afdelinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="187"/>
        <source>&amp;Add department…</source>
        <translation>&amp;Tilføj afdeling…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="189"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessioner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="190"/>
        <source>&amp;New session…</source>
        <translation>&amp;Ny session…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="191"/>
        <source>Log a &amp;lunch interview…</source>
        <translation>Notér en &amp;frokostsamtale…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="193"/>
        <location filename="../../focusgroup/ui/running_session.py" line="43"/>
        <source>&amp;Resume the running session</source>
        <translation>&amp;Genoptag den igangværende session</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="196"/>
        <source>&amp;Needs</source>
        <translation>&amp;Behov</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="198"/>
        <source>&amp;Enter rankings…</source>
        <translation>&amp;Indtast rangeringer…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="199"/>
        <source>Edit needs &amp;lists…</source>
        <translation>Rediger &amp;behovslister…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="201"/>
        <source>&amp;Import rankings…</source>
        <translation>I&amp;mportér rangeringer…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="204"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="205"/>
        <source>&amp;About focusgroup</source>
        <translation>&amp;Om focusgroup</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="220"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/opening.py" line="37"/>
        <source>Workspace in use</source>
        <translation>Arbejdsområdet er i brug</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/opening.py" line="38"/>
        <source>Workspace is read-only</source>
        <translation>Arbejdsområdet er skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/opening.py" line="40"/>
        <source>Open it read-only to look around?</source>
        <translation>Vil du åbne det skrivebeskyttet og se dig omkring?</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/pages.py" line="131"/>
        <source>Reading the workspace…</source>
        <translation>Læser arbejdsområdet…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/opening.py" line="35"/>
        <location filename="../../focusgroup/ui/opening.py" line="46"/>
        <location filename="../../focusgroup/ui/opening.py" line="51"/>
        <location filename="../../focusgroup/ui/opening.py" line="73"/>
        <location filename="../../focusgroup/ui/opening.py" line="84"/>
        <source>Cannot open workspace</source>
        <translation>Arbejdsområdet kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/opening.py" line="77"/>
        <source>Workspace damaged</source>
        <translation>Arbejdsområdet er beskadiget</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/opening.py" line="75"/>
        <source>Restore it from the newest good backup? The damaged file is kept beside it.</source>
        <translation>Vil du gendanne det fra den nyeste gode sikkerhedskopi? Den beskadigede fil gemmes ved siden af.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/opening.py" line="61"/>
        <source>Your workspace is fine and open; check the disk space of your data folder.</source>
        <translation>Dit arbejdsområde er i orden og åbent; kontrollér den ledige diskplads i din datamappe.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/opening.py" line="63"/>
        <source>No backup made</source>
        <translation>Der blev ikke taget nogen sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/opening.py" line="58"/>
        <location filename="../../focusgroup/ui/opening.py" line="86"/>
        <source>Workspace restored</source>
        <translation>Arbejdsområdet er gendannet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="177"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="472"/>
        <location filename="../../focusgroup/ui/opening.py" line="66"/>
        <source>Erasure not finished</source>
        <translation>Sletningen er ikke færdig</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/opening.py" line="98"/>
        <source>Add them to the restored workspace?</source>
        <translation>Vil du tilføje dem til det gendannede arbejdsområde?</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/opening.py" line="100"/>
        <location filename="../../focusgroup/ui/opening.py" line="105"/>
        <location filename="../../focusgroup/ui/opening.py" line="107"/>
        <source>Recover rows</source>
        <translation>Red rækker</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="263"/>
        <source>no workspace</source>
        <translation>intet arbejdsområde</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="266"/>
        <source>No workspace open</source>
        <translation>Intet arbejdsområde er åbent</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="268"/>
        <source>  (read-only)</source>
        <translation>  (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="269"/>
        <source>Workspace: %1</source>
        <translation>Arbejdsområde: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="282"/>
        <location filename="../../focusgroup/ui/main_window.py" line="289"/>
        <source>New workspace</source>
        <translation>Nyt arbejdsområde</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="290"/>
        <source>%1 already exists. Choose Open… to open it, or another name.</source>
        <translation>%1 findes allerede. Vælg Åbn… for at åbne det, eller vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="297"/>
        <source>Open workspace</source>
        <translation>Åbn arbejdsområde</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="307"/>
        <location filename="../../focusgroup/ui/main_window.py" line="313"/>
        <source>Demo workspace</source>
        <translation>Demo-arbejdsområde</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="331"/>
        <source>Backup failed</source>
        <translation>Sikkerhedskopieringen mislykkedes</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/backup_timer.py" line="34"/>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/backup_timer.py" line="44"/>
        <location filename="../../focusgroup/ui/main_window.py" line="334"/>
        <source>Backup saved: %1 notes</source>
        <translation>Sikkerhedskopi gemt: %1 noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="389"/>
        <source>Lunch interview saved: %1</source>
        <translation>Frokostsamtale gemt: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="411"/>
        <source>Cannot open session</source>
        <translation>Sessionen kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="470"/>
        <source>Participant erased</source>
        <translation>Deltageren er slettet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/running_session.py" line="39"/>
        <source>Resume the running session</source>
        <translation>Genoptag den igangværende session</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/running_session.py" line="40"/>
        <source>“%1” was still running when focusgroup stopped. Its notes and the half-typed line are kept.</source>
        <translation>“%1” var stadig i gang, da focusgroup stoppede. Dens noter og den halvskrevne linje er gemt.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/running_session.py" line="44"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ikke nu</translation>
    </message>
</context>
<context>
    <name>NeedsGapView</name>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="59"/>
        <source>Needs &amp; perception gap</source>
        <translation>Behov og opfattelseskløft</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="61"/>
        <source>Needs &amp;lists…</source>
        <translation>Behovs&amp;lister…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="63"/>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportér…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="65"/>
        <source>En&amp;ter rankings…</source>
        <translation>&amp;Indtast rangeringer…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="78"/>
        <source>L&amp;ist:</source>
        <translation>Lis&amp;te:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="79"/>
        <source>De&amp;partment:</source>
        <translation>Af&amp;deling:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="80"/>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="81"/>
        <source>Sessi&amp;on:</source>
        <translation>S&amp;ession:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="88"/>
        <source>In words</source>
        <translation>Med ord</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="93"/>
        <source>Employees&apos; ranking since the previous round</source>
        <translation>Medarbejdernes rangering siden forrige runde</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="97"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;━━ managers underestimate&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;╍╍ managers overestimate&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;━━ ledere undervurderer&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;╍╍ ledere overvurderer&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="106"/>
        <source>Employees&apos; group rank</source>
        <translation>Medarbejdernes placering som gruppe</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="106"/>
        <source>Managers&apos; predicted group rank</source>
        <translation>Ledernes forventede placering som gruppe</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="107"/>
        <source>Managers&apos; rank minus employees&apos; rank: positive means managers underestimate the need</source>
        <translation>Ledernes placering minus medarbejdernes: positiv betyder, at lederne undervurderer behovet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="109"/>
        <source>Employees&apos; mean rank</source>
        <translation>Medarbejdernes gennemsnitlige placering</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="110"/>
        <source>How many employees put it in their top 3</source>
        <translation>Antal medarbejdere, der satte behovet i deres top 3</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="147"/>
        <source>Last 6 months</source>
        <translation>Seneste 6 måneder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="148"/>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="151"/>
        <source>All sessions</source>
        <translation>Alle sessioner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="159"/>
        <source>Round %1 – %2</source>
        <translation>Runde %1 – %2</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="195"/>
        <source>Open a workspace to see rankings.</source>
        <translation>Åbn et arbejdsområde for at se rangeringer.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="214"/>
        <source>Only one round of rankings so far; the trend appears after the next one.</source>
        <translation>Kun én runde rangeringer indtil nu; udviklingen vises efter den næste.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="216"/>
        <source>%1 – %2 compared with %3 – %4.</source>
        <translation>%1 – %2 sammenlignet med %3 – %4.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="223"/>
        <source>Not shown: each round needs at least %1 employees (%2 and %3).</source>
        <translation>Vises ikke: hver runde kræver mindst %1 medarbejdere (%2 og %3).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="229"/>
        <source>up</source>
        <translation>op</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="229"/>
        <source>down</source>
        <translation>ned</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="248"/>
        <source>employees&apos; own rankings</source>
        <translation>medarbejdernes egne rangeringer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="249"/>
        <source>managers&apos; predictions</source>
        <translation>ledernes forventninger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="250"/>
        <source>%1: %2 people</source>
        <translation>%1: %2 personer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="252"/>
        <source>(%1 more needed)</source>
        <translation>(mangler %1)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="255"/>
        <source>Not shown: both sides need at least %1 people to protect anonymity. In this scope: %2.</source>
        <translation>Vises ikke: begge sider skal have mindst %1 personer for at beskytte anonymiteten. I dette udvalg: %2.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="262"/>
        <source>%1 employees and %2 managers and supervisors.</source>
        <translation>%1 medarbejdere og %2 ledere og mellemledere.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="267"/>
        <source>What employees want</source>
        <translation>Hvad medarbejderne ønsker</translation>
    </message>
</context>
<context>
    <name>NeedsListsDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="51"/>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="108"/>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="174"/>
        <source>Needs lists</source>
        <translation>Behovslister</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="55"/>
        <source>The items people rank. An item that has been ranked cannot be deleted, only archived, so earlier rankings keep their meaning.</source>
        <translation>De punkter, folk rangerer. Et punkt, der er blevet rangeret, kan ikke slettes, kun arkiveres, så tidligere rangeringer bevarer deres betydning.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="63"/>
        <source>&amp;New list…</source>
        <translation>&amp;Ny liste…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="64"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="65"/>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="153"/>
        <source>Arc&amp;hive list</source>
        <translation>Arkivér &amp;liste</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="74"/>
        <source>&amp;Add item…</source>
        <translation>&amp;Tilføj punkt…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="75"/>
        <source>&amp;Edit…</source>
        <translation>R&amp;ediger…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="76"/>
        <source>&amp;Up</source>
        <translation>O&amp;p</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="77"/>
        <source>Do&amp;wn</source>
        <translation>Ne&amp;d</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="78"/>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="165"/>
        <source>A&amp;rchive</source>
        <translation>Ar&amp;kivér</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="79"/>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="126"/>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="146"/>
        <source>  (archived)</source>
        <translation>  (arkiveret)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="152"/>
        <source>Restore list</source>
        <translation>Gendan liste</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="164"/>
        <source>Rest&amp;ore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="169"/>
        <source>New needs list</source>
        <translation>Ny behovsliste</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="169"/>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="180"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="180"/>
        <source>Rename needs list</source>
        <translation>Omdøb behovsliste</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="191"/>
        <source>Add item</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/needs_lists_dialog.py" line="201"/>
        <source>Edit item</source>
        <translation>Rediger punkt</translation>
    </message>
</context>
<context>
    <name>NoteFilters</name>
    <message>
        <location filename="../../focusgroup/ui/widgets/note_filters.py" line="32"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/note_filters.py" line="34"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/note_filters.py" line="37"/>
        <source>All questions</source>
        <translation>Alle spørgsmål</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/note_filters.py" line="39"/>
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../focusgroup/ui/models/notes_model.py" line="41"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/models/notes_model.py" line="41"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/models/notes_model.py" line="41"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/models/notes_model.py" line="42"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
</context>
<context>
    <name>PutDialog</name>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="134"/>
        <source>Put to a session</source>
        <translation>Tag op på en session</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="146"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="148"/>
        <source>&amp;Session:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="149"/>
        <source>&amp;Planned time:</source>
        <translation>&amp;Planlagt tid:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="154"/>
        <source>&amp;Put to session</source>
        <translation>&amp;Tag op på sessionen</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="159"/>
        <source>Ask before you invest: the people in the session discuss “%1”. Mark their notes for or against, and count hands.</source>
        <translation>Spørg, før I investerer: deltagerne i sessionen drøfter »%1«. Markér deres noter for eller imod, og tæl hænder.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="168"/>
        <source>It has been put to every session already. Plan a new session first.</source>
        <translation>Det er allerede taget op på alle sessioner. Planlæg først en ny session.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="173"/>
        <source>Initiative: %1</source>
        <translation>Initiativ: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/initiatives.py" line="176"/>
        <source>Added at the end of the guide: %1 (%2 min)</source>
        <translation>Tilføjes sidst i samtaleguiden: %1 (%2 min)</translation>
    </message>
</context>
<context>
    <name>RankingDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="59"/>
        <source>Enter rankings — %1</source>
        <translation>Indtast rangeringer — %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="75"/>
        <source>Se&amp;ssion:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="87"/>
        <source>…or drag into order:</source>
        <translation>…eller træk dem i rækkefølge:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="100"/>
        <source>use the top </source>
        <translation>brug de øverste </translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="101"/>
        <source>Use this &amp;order</source>
        <translation>&amp;Brug denne rækkefølge</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="121"/>
        <source>Own: what I want</source>
        <translation>Egen: hvad jeg ønsker</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="122"/>
        <source>Predicted: what my employees want</source>
        <translation>Forventet: hvad mine medarbejdere ønsker</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="125"/>
        <source>e.g. 3 1 5 2   (ties: 1=5; leave out unranked)</source>
        <translation>f.eks. 3 1 5 2   (delt plads: 1=5; udelad dem uden plads)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="126"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="128"/>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="128"/>
        <source>&amp;Role</source>
        <translation>R&amp;olle</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="129"/>
        <source>&amp;View</source>
        <translation>&amp;Perspektiv</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="129"/>
        <source>&amp;Order</source>
        <translation>&amp;Rækkefølge</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="145"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="145"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="145"/>
        <source>View</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="145"/>
        <source>Order</source>
        <translation>Rækkefølge</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="221"/>
        <source>Plan or pick a session first.</source>
        <translation>Planlæg eller vælg først en session.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="232"/>
        <source>Saved %1&apos;s ranking.</source>
        <translation>Rangeringen for %1 er gemt.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="257"/>
        <source>own</source>
        <comment>one ranking&apos;s perspective</comment>
        <translation>egen</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="258"/>
        <source>predicted</source>
        <translation>forventet</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="175"/>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="213"/>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="231"/>
        <source>Receive work</source>
        <translation>Modtag arbejde</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="179"/>
        <source>Adds what colleagues&apos; packages hold and this workspace lacks, after a backup. Receiving a package again changes nothing.</source>
        <translation>Tilføjer det, som kollegers pakker indeholder og dette arbejdsområde mangler, efter en sikkerhedskopi. At modtage en pakke igen ændrer intet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="182"/>
        <source>&amp;Add packages…</source>
        <translation>&amp;Tilføj pakker…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="184"/>
        <source>C&amp;lear</source>
        <translation>&amp;Ryd</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="192"/>
        <source>Pac&amp;kages:</source>
        <translation>Pa&amp;kker:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="194"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="198"/>
        <source>&amp;Receive</source>
        <translation>&amp;Modtag</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="220"/>
        <source>Add the packages to receive first.</source>
        <translation>Tilføj først de pakker, der skal modtages.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="69"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="71"/>
        <source>PDF summaries for management that keep people anonymous: groups smaller than the anonymity threshold are left out with a sentence saying why, and names never appear.</source>
        <translation>PDF-opsummeringer til ledelsen, der holder folk anonyme: grupper, der er mindre end anonymitetsgrænsen, udelades med en sætning om hvorfor, og navne kommer aldrig med.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="79"/>
        <source>Period or department summary</source>
        <translation>Opsummering for periode eller afdeling</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="112"/>
        <source>&amp;Report:</source>
        <translation>Rap&amp;port:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="85"/>
        <source>&amp;Only from</source>
        <translation>&amp;Kun fra</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="98"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="112"/>
        <source>Sess&amp;ion:</source>
        <translation>Sess&amp;ion:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="113"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="113"/>
        <source>De&amp;partment:</source>
        <translation>Afde&amp;ling:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="114"/>
        <source>&amp;Language:</source>
        <translation>Spr&amp;og:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="108"/>
        <source> people</source>
        <translation> personer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="110"/>
        <source>Any group with fewer distinct participants than this is not shown.</source>
        <translation>Grupper med færre forskellige deltagere end dette vises ikke.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="115"/>
        <source>Anonymity &amp;threshold:</source>
        <translation>Anonymitetsgræ&amp;nse:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="111"/>
        <source>Show participant &amp;codes (never names)</source>
        <translation>Vis &amp;deltagerkoder (aldrig navne)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="130"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="128"/>
        <source>Gener&amp;ate</source>
        <translation>G&amp;enerér</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="137"/>
        <source>Sa&amp;ve as…</source>
        <translation>Gem so&amp;m…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="138"/>
        <source>Open e&amp;xternally</source>
        <translation>Åbn eks&amp;ternt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="160"/>
        <source>Choose a report and press Generate to see it here.</source>
        <translation>Vælg en rapport, og tryk på Generér for at se den her.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="238"/>
        <source>There is no session to report on yet.</source>
        <translation>Der er endnu ingen session at lave rapport om.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="247"/>
        <source>Building the report…</source>
        <translation>Laver rapporten…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="295"/>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="296"/>
        <source>%1 pages</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="316"/>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="261"/>
        <location filename="../../focusgroup/ui/views/reports.py" line="319"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="320"/>
        <source>The report could not be made: %1</source>
        <translation>Rapporten kunne ikke laves: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="359"/>
        <source>Save report</source>
        <translation>Gem rapport</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="360"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="379"/>
        <source>Saved to %1</source>
        <translation>Gemt i %1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/search_dialog.py" line="137"/>
        <source>Search notes</source>
        <translation>Søg i noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/search_dialog.py" line="142"/>
        <source>Words find their beginnings (anerk → anerkendelse); &quot;quotes&quot; find a phrase</source>
        <translation>Ord finder ord, der begynder sådan (anerk → anerkendelse); &quot;anførselstegn&quot; finder en hel frase</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/search_dialog.py" line="148"/>
        <source>Any time</source>
        <translation>Når som helst</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/search_dialog.py" line="149"/>
        <source>Last 6 months</source>
        <translation>Seneste 6 måneder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/search_dialog.py" line="150"/>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/search_dialog.py" line="151"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/search_dialog.py" line="157"/>
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/search_dialog.py" line="160"/>
        <source>Anyone</source>
        <translation>Alle roller</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/search_dialog.py" line="203"/>
        <source>More than %1 notes found. Enter opens the session at the note.</source>
        <translation>Mere end %1 noter fundet. Enter åbner sessionen ved noten.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/search_dialog.py" line="206"/>
        <source>%1 notes found. Enter opens the session at the note.</source>
        <translation>%1 noter fundet. Enter åbner sessionen ved noten.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/search_dialog.py" line="209"/>
        <source>Nothing found.</source>
        <translation>Intet fundet.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="92"/>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="126"/>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="147"/>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="156"/>
        <source>Send work</source>
        <translation>Send arbejde</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="96"/>
        <source>Writes a package of this workspace&apos;s work for a colleague to receive. It is encrypted with the passphrase: give them the passphrase another way than the file (by phone, not in the same e-mail).</source>
        <translation>Skriver en pakke med dette arbejdsområdes arbejde, som en kollega kan modtage. Den er krypteret med adgangssætningen: giv dem adgangssætningen ad en anden vej end filen (i telefonen, ikke i samme e-mail).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="100"/>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="101"/>
        <source>Only lunch interviews</source>
        <translation>Kun frokostsamtaler</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="102"/>
        <source>Everything but lunch interviews</source>
        <translation>Alt undtagen frokostsamtaler</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="104"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="112"/>
        <source>&amp;What:</source>
        <translation>&amp;Hvad:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="113"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="114"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangssætning:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="115"/>
        <source>&amp;Repeat it:</source>
        <translation>Gentag &amp;den:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="119"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="134"/>
        <source>Choose where to write the package.</source>
        <translation>Vælg, hvor pakken skal skrives.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="137"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>De to adgangssætninger er forskellige; skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="148"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 findes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/exchange_dialog.py" line="154"/>
        <source>Writing the package…</source>
        <translation>Skriver pakken…</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="68"/>
        <source>Plan a session</source>
        <translation>Planlæg en session</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="73"/>
        <source>e.g. Warehouse round 2</source>
        <translation>f.eks. Lageret, runde 2</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="78"/>
        <source>— none —</source>
        <translation>— ingen —</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="84"/>
        <source>e.g. HR benefits desk, deliveries from supplier X</source>
        <translation>f.eks. HR&apos;s personaleservice, leverancer fra leverandør X</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="87"/>
        <source>&amp;Load</source>
        <translation>&amp;Indlæs</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="88"/>
        <source>Replace the questions below with the template&apos;s</source>
        <translation>Erstat spørgsmålene nedenfor med skabelonens</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="90"/>
        <source>Question or topic</source>
        <translation>Spørgsmål eller emne</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="90"/>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="101"/>
        <source>&amp;Add question</source>
        <translation>Tilføj &amp;spørgsmål</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="102"/>
        <source>Remo&amp;ve</source>
        <translation>Fj&amp;ern</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="103"/>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="104"/>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="106"/>
        <source>Save guide as templat&amp;e…</source>
        <translation>Gem guide som skabe&amp;lon…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="109"/>
        <source>Filter by code</source>
        <translation>Filtrér efter kode</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="112"/>
        <source>Space ticks or unticks the participant</source>
        <translation>Mellemrum sætter eller fjerner flueben ved deltageren</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="120"/>
        <source>optional — never shown in reports</source>
        <translation>valgfrit — vises aldrig i rapporter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="121"/>
        <source>Real names stay in this workspace and are never shown in reports.</source>
        <translation>Rigtige navne bliver i dette arbejdsområde og vises aldrig i rapporter.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="123"/>
        <source>Add parti&amp;cipant</source>
        <translation>Tilføj delta&amp;ger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="142"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="143"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="144"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="145"/>
        <source>De&amp;partment:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="146"/>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="147"/>
        <source>A&amp;bout:</source>
        <translation>&amp;Handler om:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="155"/>
        <source>Discussion guide</source>
        <translation>Samtaleguide</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="158"/>
        <source>Te&amp;mplate:</source>
        <translation>Ska&amp;belon:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="159"/>
        <source>Then Tab to the questions: Insert adds one, Delete removes it, Ctrl+Up/Down moves it, Enter edits a cell</source>
        <translation>Tryk derefter Tab for at komme til spørgsmålene: Insert tilføjer et, Delete fjerner det, Ctrl+pil op/ned flytter det, Enter redigerer en celle</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="166"/>
        <source>Insert adds a question, Delete removes it, Ctrl+Up/Down moves it, Enter edits a cell</source>
        <translation>Insert tilføjer et spørgsmål, Delete fjerner det, Ctrl+pil op/ned flytter det, Enter redigerer en celle</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="179"/>
        <source>Tick who takes &amp;part:</source>
        <translation>&amp;Markér, hvem der deltager:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="186"/>
        <source>New c&amp;ode:</source>
        <translation>Ny &amp;kode:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="187"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="188"/>
        <source>Real &amp;name:</source>
        <translation>Rigtigt na&amp;vn:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="243"/>
        <source>saved</source>
        <translation>gemt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="297"/>
        <source>Total: %1 min</source>
        <translation>I alt: %1 min</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="335"/>
        <source>Save guide as template</source>
        <translation>Gem guide som skabelon</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="336"/>
        <source>Template name:</source>
        <translation>Skabelonens navn:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="344"/>
        <source>Replace template?</source>
        <translation>Erstat skabelon?</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="345"/>
        <source>There is already a template called &quot;%1&quot;. Replace it?</source>
        <translation>Der findes allerede en skabelon med navnet »%1«. Vil du erstatte den?</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <location filename="../../focusgroup/ui/views/sessions.py" line="46"/>
        <source>Ne&amp;w session…</source>
        <translation>&amp;Ny session…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/sessions.py" line="48"/>
        <source>Log a &amp;lunch…</source>
        <translation>No&amp;tér frokostsamtale…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/sessions.py" line="49"/>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/sessions.py" line="54"/>
        <source>Focus groups, lunch interviews, field visits and surveys. Open a session to run it: the capture line takes every note from the keyboard.</source>
        <translation>Fokusgrupper, frokostsamtaler, feltbesøg og spørgeundersøgelser. Åbn en session for at gennemføre den: noteringslinjen tager imod alle noter fra tastaturet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/sessions.py" line="63"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/sessions.py" line="67"/>
        <source>No sessions yet. Plan a focus group with “New session…”, or log a conversation with “Log a lunch…” right after lunch.</source>
        <translation>Ingen sessioner endnu. Planlæg en fokusgruppe med “Ny session…”, eller notér en samtale med “Notér frokostsamtale…” lige efter frokost.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="44"/>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="45"/>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="51"/>
        <source> people</source>
        <translation> personer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="53"/>
        <source>Groups with fewer people than this are never shown in views or reports.</source>
        <translation>Grupper med færre personer end dette vises aldrig i visninger eller rapporter.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="55"/>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="59"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Udseende:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="60"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="64"/>
        <source>This workspace: %1</source>
        <translation>Dette arbejdsområde: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="65"/>
        <source>This workspace (none is open)</source>
        <translation>Dette arbejdsområde (intet er åbent)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="67"/>
        <source>&amp;Anonymity threshold:</source>
        <translation>&amp;Anonymitetsgrænse:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="68"/>
        <source>Default listening &amp;cadence:</source>
        <translation>Standard-lytte&amp;interval:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="69"/>
        <source>&amp;Backups kept:</source>
        <translation>Sikkerheds&amp;kopier der gemmes:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="70"/>
        <source>Stored in this workspace: everyone who opens it, and every focusgroup command, uses these values.</source>
        <translation>Gemt i dette arbejdsområde: alle der åbner det, og alle focusgroup-kommandoer, bruger disse værdier.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="103"/>
        <source>Settings not saved</source>
        <translation>Indstillingerne blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/settings_dialog.py" line="61"/>
        <source>A new language applies the next time focusgroup starts.</source>
        <translation>Et nyt sprog træder i kraft, næste gang focusgroup starter.</translation>
    </message>
</context>
<context>
    <name>StanceBar</name>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="138"/>
        <source>Initiative:</source>
        <translation>Initiativ:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="150"/>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="150"/>
        <source>Against</source>
        <translation>Imod</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="151"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="159"/>
        <source>Hands…</source>
        <translation>Hænder…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="160"/>
        <source>Record a count of hands (%1)</source>
        <translation>Registrér en håndsoprækning (%1)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="174"/>
        <source>Alt+Shift+F / A / N  ·  Alt+Shift+H hands</source>
        <translation>Alt+Shift+F / A / N  ·  Alt+Shift+H hænder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="248"/>
        <source>No note to mark yet: type what was said first.</source>
        <translation>Ingen note at markere endnu: skriv først, hvad der blev sagt.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="266"/>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="270"/>
        <source>%1 notes</source>
        <translation>%1 noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="271"/>
        <source>%1 marked for.</source>
        <translation>%1 markeret for.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="272"/>
        <source>%1 marked against.</source>
        <translation>%1 markeret imod.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="273"/>
        <source>%1 marked neutral.</source>
        <translation>%1 markeret neutral.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="274"/>
        <source>%1: mark removed.</source>
        <translation>%1: markering fjernet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="297"/>
        <source>This session: %1 for · %2 against · %3 neutral notes</source>
        <translation>Denne session: %1 for · %2 imod · %3 neutrale noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="300"/>
        <source> · no count of hands yet</source>
        <translation> · ingen håndsoprækning endnu</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="301"/>
        <source> · hands %1 for / %2 against</source>
        <translation> · hænder %1 for / %2 imod</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="304"/>
        <source> / %1 neutral</source>
        <translation> / %1 neutrale</translation>
    </message>
</context>
<context>
    <name>ThemeColumn</name>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="100"/>
        <source>Suggested: #%1 — shares: %2</source>
        <translation>Forslag: #%1 — fælles ord: %2</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="102"/>
        <source>A accept · I ignore</source>
        <translation>A acceptér · I ignorér</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="367"/>
        <source>%n notes</source>
        <translation>%n noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="368"/>
        <source>%n likes</source>
        <translation>%n positive</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="368"/>
        <source>1 like</source>
        <translation>1 positiv</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="369"/>
        <source>1 dislike</source>
        <translation>1 negativ</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="369"/>
        <source>%n dislikes</source>
        <translation>%n negative</translation>
    </message>
</context>
<context>
    <name>ThemePicker</name>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="406"/>
        <source>Theme name</source>
        <translation>Temanavn</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="437"/>
        <source>Type to find a theme, then Enter.</source>
        <translation>Skriv for at finde et tema, og tryk Enter.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="439"/>
        <source>Enter takes the highlighted theme; Up, then Enter, creates “%1”.</source>
        <translation>Enter vælger det markerede tema; pil op og derefter Enter opretter »%1«.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="441"/>
        <source>Enter creates the new theme “%1”.</source>
        <translation>Enter opretter det nye tema »%1«.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="443"/>
        <source>Type to find a theme; a new name creates it.</source>
        <translation>Skriv for at finde et tema; et nyt navn opretter det.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/widgets/theme_board.py" line="467"/>
        <source>Choose one of the themes listed.</source>
        <translation>Vælg et af temaerne på listen.</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="49"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="51"/>
        <source>&amp;Add to theme… (T)</source>
        <translation>Føj til &amp;tema… (T)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="57"/>
        <source>Drag notes onto a theme to add it (hold Shift to move them instead); a note can have several themes. Or select notes and press T to pick a theme by typing.</source>
        <translation>Træk noter over på et tema for at give dem temaet (hold Skift nede for at flytte dem i stedet); en note kan have flere temaer. Eller markér noter, og tryk T for at vælge et tema ved at skrive.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="66"/>
        <source>Last 6 months</source>
        <translation>Seneste 6 måneder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="67"/>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="84"/>
        <source>A&amp;ccept suggestion (A)</source>
        <translation>A&amp;cceptér forslag (A)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="85"/>
        <source>&amp;Ignore (I)</source>
        <translation>&amp;Ignorér (I)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="89"/>
        <source>Split the selected notes into a new theme</source>
        <translation>Flyt de valgte noter over i et nyt tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="90"/>
        <source>&amp;Remove from theme (Del)</source>
        <translation>Fjern fra te&amp;ma (Del)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="91"/>
        <source>Take the selected notes out of this theme</source>
        <translation>Tag de valgte noter ud af dette tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="135"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="135"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="174"/>
        <source>Unthemed</source>
        <translation>Uden tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="198"/>
        <location filename="../../focusgroup/ui/views/themes.py" line="198"/>
        <source>Open a workspace to see themes.</source>
        <translation>Åbn et arbejdsområde for at se temaer.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="199"/>
        <source>1 note in this scope</source>
        <translation>1 note i dette udvalg</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="199"/>
        <source>%n notes in this scope</source>
        <translation>%n noter i dette udvalg</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="200"/>
        <source>1 unthemed</source>
        <translation>1 uden tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="200"/>
        <source>%n unthemed</source>
        <translation>%n uden tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="201"/>
        <source>1 theme</source>
        <translation>1 tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="201"/>
        <source>%n themes</source>
        <translation>%n temaer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="235"/>
        <source>Unthemed notes:</source>
        <translation>Noter uden tema:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="135"/>
        <source>Undone: %1</source>
        <translation>Fortrudt: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="50"/>
        <source>Ne&amp;w theme…</source>
        <translation>&amp;Nyt tema…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="68"/>
        <source>De&amp;partment:</source>
        <translation>Af&amp;deling:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="69"/>
        <source>Peri&amp;od:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="86"/>
        <source>Rena&amp;me…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="87"/>
        <source>Merge in&amp;to…</source>
        <translation>F&amp;let ind i…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="88"/>
        <source>Sp&amp;lit selected…</source>
        <translation>&amp;Udskil valgte…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="136"/>
        <source>Done again: %1</source>
        <translation>Gjort igen: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="296"/>
        <location filename="../../focusgroup/ui/views/themes.py" line="381"/>
        <location filename="../../focusgroup/ui/views/themes.py" line="414"/>
        <location filename="../../focusgroup/ui/views/themes.py" line="437"/>
        <location filename="../../focusgroup/ui/views/themes.py" line="464"/>
        <location filename="../../focusgroup/ui/views/themes.py" line="481"/>
        <source>%n notes</source>
        <translation>%n noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="301"/>
        <location filename="../../focusgroup/ui/views/themes.py" line="436"/>
        <source>Took %1 out of %2.</source>
        <translation>Tog %1 ud af %2.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="307"/>
        <source>Moved %1 to %2.</source>
        <translation>Flyttede %1 til %2.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="308"/>
        <source>Added %2 to %1.</source>
        <translation>Føjede %2 til %1.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="334"/>
        <source>Add to theme…	T</source>
        <translation>Føj til tema…	T</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="337"/>
        <source>Accept suggestion	A</source>
        <translation>Acceptér forslag	A</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="339"/>
        <source>Ignore suggestion	I</source>
        <translation>Ignorér forslag	I</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="342"/>
        <source>Remove from theme	Del</source>
        <translation>Fjern fra tema	Del</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="344"/>
        <source>Split selected into new theme…</source>
        <translation>Udskil valgte til nyt tema…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="347"/>
        <source>Rename theme…</source>
        <translation>Omdøb tema…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="348"/>
        <source>Merge theme into…</source>
        <translation>Flet tema ind i…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="351"/>
        <source>Delete theme</source>
        <translation>Slet tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="369"/>
        <source>New theme</source>
        <translation>Nyt tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="369"/>
        <source>Name of the new theme:</source>
        <translation>Navn på det nye tema:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="373"/>
        <source>Theme #%1 created: drag notes onto it.</source>
        <translation>Temaet #%1 er oprettet: træk noter over på det.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="382"/>
        <source>Add to theme</source>
        <translation>Føj til tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="383"/>
        <source>Theme for %1 (type to find; a new name creates it):</source>
        <translation>Tema til %1 (skriv for at søge; et nyt navn opretter det):</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="388"/>
        <source>Added #%1 to %2.</source>
        <translation>Føjede #%1 til %2.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="402"/>
        <source>No suggestion for the selected notes: press T to pick a theme.</source>
        <translation>Intet forslag til de valgte noter: tryk T for at vælge et tema.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="412"/>
        <source>Accepted: %1 to %2.</source>
        <translation>Accepteret: %1 til %2.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="427"/>
        <source>Suggestion ignored.</source>
        <translation>Forslaget er ignoreret.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="428"/>
        <source>%n suggestions ignored.</source>
        <translation>%n forslag er ignoreret.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="445"/>
        <source>Rename theme</source>
        <translation>Omdøb tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="445"/>
        <source>New name for #%1:</source>
        <translation>Nyt navn til #%1:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="452"/>
        <source>Renamed #%1 to #%2.</source>
        <translation>Omdøbte #%1 til #%2.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="461"/>
        <source>Merge theme</source>
        <translation>Flet tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="462"/>
        <source>Merge #%1 into which theme? Its %2 get that theme, and #%1 is removed.</source>
        <translation>Hvilket tema skal #%1 flettes ind i? Dets %2 får det tema, og #%1 fjernes.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="473"/>
        <source>Merged #%1 into #%2.</source>
        <translation>Flettede #%1 ind i #%2.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="482"/>
        <source>Split theme</source>
        <translation>Udskil fra tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="483"/>
        <source>Move the %1 selected in #%2 into a new theme:</source>
        <translation>Flyt de valgte %1 i #%2 over i et nyt tema:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="488"/>
        <source>Moved %1 from #%2 into the new theme #%3.</source>
        <translation>Flyttede %1 fra #%2 over i det nye tema #%3.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/themes.py" line="499"/>
        <source>Theme #%1 deleted.</source>
        <translation>Temaet #%1 er slettet.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="47"/>
        <source>Welcome to focusgroup</source>
        <translation>Velkommen til focusgroup</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="49"/>
        <source>Managers often guess wrong about what their people want. focusgroup helps you ask instead: plan focus groups, log lunch conversations and ride-alongs, let people rank what matters to them, and see where managers&apos; picture differs from employees&apos;.</source>
        <translation>Ledere gætter ofte forkert på, hvad deres medarbejdere ønsker. focusgroup hjælper dig med at spørge i stedet: planlæg fokusgrupper, notér frokostsamtaler og følgedage, lad folk rangere det, der betyder noget for dem, og se, hvor ledernes billede adskiller sig fra medarbejdernes.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="54"/>
        <source>Getting started</source>
        <translation>Sådan kommer du i gang</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="56"/>
        <source>1.  Add the departments you listen to — suppliers and contractors too.</source>
        <translation>1.  Tilføj de afdelinger, du lytter til — også leverandører og underleverandører.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="57"/>
        <source>2.  Plan a focus group, or log a lunch interview in two minutes.</source>
        <translation>2.  Planlæg en fokusgruppe, eller notér en frokostsamtale på to minutter.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="58"/>
        <source>3.  Run a needs ranking and compare it with managers&apos; predictions.</source>
        <translation>3.  Lav en behovsrangering, og sammenlign den med ledernes forventninger.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="59"/>
        <source>4.  Close the loop with actions, and listen again every six months.</source>
        <translation>4.  Følg op med handlinger, og lyt igen hver sjette måned.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="65"/>
        <source>Open the demo workspace</source>
        <translation>Åbn demo-arbejdsområdet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="68"/>
        <source>A realistic example with four departments and two rounds of listening, to look around safely.</source>
        <translation>Et realistisk eksempel med fire afdelinger og to lytterunder, så du trygt kan se dig omkring.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="70"/>
        <source>Add a department…</source>
        <translation>Tilføj en afdeling…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="71"/>
        <source>New workspace…</source>
        <translation>Nyt arbejdsområde…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="72"/>
        <source>Open…</source>
        <translation>Åbn…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="82"/>
        <source>Why ask?</source>
        <translation>Hvorfor spørge?</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="84"/>
        <source>In the classic surveys of what motivates people at work, supervisors put good wages first and appreciation eighth. Employees put appreciation of work done first and feeling &quot;in&quot; on things second. People who quit name lack of recognition; their managers believe it was money.</source>
        <translation>I de klassiske undersøgelser af, hvad der motiverer folk på arbejdet, satte lederne god løn først og anerkendelse som nummer otte. Medarbejderne satte anerkendelse af udført arbejde først og det at føle sig informeret og inddraget som nummer to. Folk, der siger op, nævner manglende anerkendelse; deres ledere tror, det handlede om penge.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="89"/>
        <source>Listening on purpose, and again every six months, is how an organisation finds out what its own people want.</source>
        <translation>Det er ved at lytte bevidst — og igen hver sjette måned — at en organisation finder ud af, hvad dens egne folk ønsker.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="93"/>
        <source>Recent workspaces</source>
        <translation>Seneste arbejdsområder</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../focusgroup/ui/dialogs/about.py" line="14"/>
        <source>&lt;h3&gt;focusgroup %1&lt;/h3&gt;&lt;p&gt;Ask your own people what they want instead of assuming it: focus groups, lunch interviews, field visits and needs rankings, with the perception gap between what employees want and what managers think they want.&lt;/p&gt;&lt;p&gt;Everything stays in one workspace file on this computer. No network.&lt;/p&gt;&lt;p&gt;Qt for Python %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;focusgroup %1&lt;/h3&gt;&lt;p&gt;Spørg jeres egne folk, hvad de ønsker, i stedet for at gætte: fokusgrupper, frokostsamtaler, feltbesøg og behovsrangeringer, med opfattelseskløften mellem det, medarbejderne ønsker, og det, lederne tror, de ønsker.&lt;/p&gt;&lt;p&gt;Alt ligger i én arbejdsområdefil på denne computer. Intet netværk.&lt;/p&gt;&lt;p&gt;Qt for Python %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/about.py" line="24"/>
        <source>About focusgroup</source>
        <translation>Om focusgroup</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../focusgroup/app.py" line="90"/>
        <source>Something went wrong: %1</source>
        <translation>Noget gik galt: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/app.py" line="92"/>
        <source>Your saved notes are safe in the workspace file.</source>
        <translation>Dine gemte noter er i sikkerhed i arbejdsområdefilen.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="62"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="63"/>
        <source>Running</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="64"/>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="70"/>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="71"/>
        <source>Supervisor</source>
        <translation>Mellemleder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="72"/>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="87"/>
        <source>every %n months</source>
        <translation>hver %n. måned</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="87"/>
        <source>every month</source>
        <translation>hver måned</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="92"/>
        <source>Like</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="93"/>
        <source>Dislike</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="94"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="96"/>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="97"/>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="98"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="104"/>
        <source>likes</source>
        <translation>positive</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="105"/>
        <source>dislikes</source>
        <translation>negative</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="106"/>
        <source>ideas</source>
        <translation>idéer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="107"/>
        <source>needs</source>
        <translation>behov</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="108"/>
        <source>quotes</source>
        <translation>citater</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="109"/>
        <source>questions</source>
        <translation>spørgsmål</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="110"/>
        <source>observations</source>
        <translation>observationer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="130"/>
        <source>opened after a change</source>
        <translation>åbnet efter en ændring</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="131"/>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="132"/>
        <source>backed up by hand</source>
        <translation>sikkerhedskopieret manuelt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="133"/>
        <source>after erasing a person</source>
        <translation>efter sletning af en person</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="134"/>
        <source>before a merge</source>
        <translation>før en sammenlægning</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="135"/>
        <source>before the demo replaced it</source>
        <translation>før demoen erstattede den</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="138"/>
        <source>before upgrading to version %1</source>
        <translation>før opgradering til version %1</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../focusgroup/ui/operations.py" line="147"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
</TS>
