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
        <location filename="../../focusgroup/ui/views/actions.py" line="49"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="50"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="51"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="54"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/actions.py" line="55"/>
        <source>Department</source>
        <translation>Afdeling</translation>
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
        <location filename="../../focusgroup/ui/dialogs/backups_dialog.py" line="32"/>
        <source>Notes</source>
        <translation>Noter</translation>
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
        <location filename="../../focusgroup/ui/views/capture_view.py" line="58"/>
        <source>&amp;Close session…</source>
        <translation>&amp;Luk session…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="59"/>
        <source>&amp;Back to sessions</source>
        <translation>T&amp;ilbage til sessioner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="115"/>
        <source>+ like   - dislike   ! idea   ? question   &quot; quote   n: need   @P-003 who   #theme   — Enter saves</source>
        <translation>+ positiv   - negativ   ! idé   ? spørgsmål   &quot; citat   n: behov   @P-003 hvem   #tema   — Enter gemmer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="155"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="157"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="180"/>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="453"/>
        <source>change kind</source>
        <translation>ændring af type</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="206"/>
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
        <location filename="../../focusgroup/ui/capture_menu.py" line="22"/>
        <source>Kind</source>
        <translation>Type</translation>
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
        <location filename="../../focusgroup/ui/views/capture_view.py" line="57"/>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="476"/>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/capture_view.py" line="490"/>
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
        <location filename="../../focusgroup/ui/dialogs/close_dialog.py" line="55"/>
        <source>Actions agreed</source>
        <translation>Aftalte handlinger</translation>
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
        <location filename="../../focusgroup/ui/dialogs/close_dialog.py" line="63"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
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
        <location filename="../../focusgroup/ui/views/home.py" line="136"/>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="137"/>
        <source>open actions</source>
        <translation>åbne handlinger</translation>
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
    <message>
        <location filename="../../focusgroup/ui/views/home.py" line="204"/>
        <source>overdue</source>
        <translation>over tiden</translation>
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
        <location filename="../../focusgroup/ui/widgets/department_detail.py" line="27"/>
        <source>Trend since the previous round</source>
        <translation>Udviklingen siden forrige runde</translation>
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
    <message>
        <location filename="../../focusgroup/ui/widgets/department_detail.py" line="69"/>
        <source>No need moved by a whole place.</source>
        <translation>Intet behov har flyttet sig en hel plads.</translation>
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
        <location filename="../../focusgroup/ui/views/departments.py" line="62"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="63"/>
        <source>Cadence</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="65"/>
        <source>Last listened</source>
        <translation>Sidst lyttet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/departments.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <location filename="../../focusgroup/ui/views/departments.py" line="129"/>
        <source>Never listened to</source>
        <translation>Aldrig lyttet til</translation>
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
        <location filename="../../focusgroup/ui/dialogs/erase_dialog.py" line="30"/>
        <source>Erase a participant</source>
        <translation>Slet en deltager</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/erase_dialog.py" line="34"/>
        <source>Removes the person&apos;s rankings, name and code, and their notes (or keeps the notes without a name). Their name and code are also blanked out wherever else they appear (other notes, sessions they led, actions they own, themes), and older backups and damaged copies are deleted. This cannot be undone.</source>
        <translation>Fjerner personens rangeringer, navn og kode samt personens noter (eller beholder noterne uden navn). Navn og kode fjernes også alle andre steder, de står (andre noter, sessioner som personen har ledet, handlinger som personen er ansvarlig for, temaer), og ældre sikkerhedskopier og beskadigede kopier slettes. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/erase_dialog.py" line="43"/>
        <source>Keep their notes, unattributed</source>
        <translation>Behold personens noter anonymt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/erase_dialog.py" line="45"/>
        <source>Participant &amp;code:</source>
        <translation>Deltager&amp;kode:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/erase_dialog.py" line="54"/>
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
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="45"/>
        <source>Import rankings</source>
        <translation>Importér rangeringer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="49"/>
        <source>A CSV with participant, role, perspective, item, rank (one row per ranked item), a Microsoft Forms export or a Google Forms ranking grid. Nothing is written until every row checks out.</source>
        <translation>En CSV-fil med deltager, rolle, perspektiv, punkt og plads (én række pr. rangeret punkt), en eksport fra Microsoft Forms eller et rangeringsgitter fra Google Forms. Intet gemmes, før alle rækker er i orden.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="53"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="61"/>
        <source>Type a new name to create the list from the file.</source>
        <translation>Skriv et nyt navn for at oprette listen ud fra filen.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="63"/>
        <source>e.g. Survey spring 2026 (default: from the file name)</source>
        <translation>f.eks. Spørgeundersøgelse forår 2026 (standard: filens navn)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="66"/>
        <source>— from the file, or none —</source>
        <translation>— fra filen eller ingen —</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="72"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="73"/>
        <source>Needs &amp;list:</source>
        <translation>&amp;Behovsliste:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="74"/>
        <source>&amp;Session:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="75"/>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="76"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="83"/>
        <source>&amp;Preview</source>
        <translation>Forhånds&amp;vis</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="85"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="103"/>
        <source>Rankings file</source>
        <translation>Fil med rangeringer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/import_dialog.py" line="124"/>
        <source>Choose a file first.</source>
        <translation>Vælg først en fil.</translation>
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
        <location filename="../../focusgroup/ui/views/initiatives.py" line="217"/>
        <source>Status</source>
        <translation>Status</translation>
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
        <location filename="../../focusgroup/ui/views/initiatives.py" line="276"/>
        <source>By department</source>
        <translation>Fordelt på afdelinger</translation>
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
        <location filename="../../focusgroup/ui/views/initiatives.py" line="387"/>
        <source>No department</source>
        <translation>Ingen afdeling</translation>
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
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="170"/>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="171"/>
        <source>Due</source>
        <translation>Frist</translation>
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
    <message>
        <location filename="../../focusgroup/ui/dialogs/lunch_dialog.py" line="261"/>
        <source>Lunch interview</source>
        <translation>Frokostsamtale</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="49"/>
        <source>Home</source>
        <translation>Hjem</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="49"/>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="49"/>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="50"/>
        <source>Needs &amp;&amp; gap</source>
        <translation>Behov &amp;&amp; kløft</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="50"/>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="50"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="51"/>
        <source>Initiatives</source>
        <translation>Initiativer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="51"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="115"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nyt arbejdsområde…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="117"/>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="119"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="121"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Åbn &amp;demo-arbejdsområdet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="123"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Tag sikkerhedskopi nu</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="125"/>
        <source>Backu&amp;ps…</source>
        <translation>Sikkerheds&amp;kopier…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="129"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="130"/>
        <source>&amp;Search notes…</source>
        <translation>&amp;Søg i noter…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="133"/>
        <source>&amp;Erase a participant…</source>
        <translation>Slet en &amp;deltager…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="137"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="143"/>
        <source>&amp;Departments</source>
        <translation>&amp;Afdelinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="145"/>
        <source>&amp;Add department…</source>
        <translation>&amp;Tilføj afdeling…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="147"/>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessioner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="148"/>
        <source>&amp;New session…</source>
        <translation>&amp;Ny session…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="149"/>
        <source>Log a &amp;lunch interview…</source>
        <translation>Notér en &amp;frokostsamtale…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="151"/>
        <location filename="../../focusgroup/ui/running_session.py" line="44"/>
        <source>&amp;Resume the running session</source>
        <translation>&amp;Genoptag den igangværende session</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="154"/>
        <source>&amp;Needs</source>
        <translation>&amp;Behov</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="156"/>
        <source>&amp;Enter rankings…</source>
        <translation>&amp;Indtast rangeringer…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="157"/>
        <source>Edit needs &amp;lists…</source>
        <translation>Rediger &amp;behovslister…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="159"/>
        <source>&amp;Import rankings…</source>
        <translation>I&amp;mportér rangeringer…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="162"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="163"/>
        <source>&amp;About focusgroup</source>
        <translation>&amp;Om focusgroup</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="178"/>
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
        <location filename="../../focusgroup/ui/main_window.py" line="135"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="419"/>
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
        <location filename="../../focusgroup/ui/main_window.py" line="220"/>
        <source>no workspace</source>
        <translation>intet arbejdsområde</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="223"/>
        <source>No workspace open</source>
        <translation>Intet arbejdsområde er åbent</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="225"/>
        <source>  (read-only)</source>
        <translation>  (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="226"/>
        <source>Workspace: %1</source>
        <translation>Arbejdsområde: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="236"/>
        <location filename="../../focusgroup/ui/main_window.py" line="243"/>
        <source>New workspace</source>
        <translation>Nyt arbejdsområde</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="244"/>
        <source>%1 already exists. Choose Open… to open it, or another name.</source>
        <translation>%1 findes allerede. Vælg Åbn… for at åbne det, eller vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="251"/>
        <source>Open workspace</source>
        <translation>Åbn arbejdsområde</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="266"/>
        <source>Writing the demo workspace…</source>
        <translation>Skriver demo-arbejdsområdet…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="261"/>
        <location filename="../../focusgroup/ui/main_window.py" line="268"/>
        <location filename="../../focusgroup/ui/main_window.py" line="287"/>
        <source>Demo workspace</source>
        <translation>Demo-arbejdsområde</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="288"/>
        <source>The demo workspace could not be written: %1</source>
        <translation>Demo-arbejdsområdet kunne ikke skrives: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="296"/>
        <source>Backup failed</source>
        <translation>Sikkerhedskopieringen mislykkedes</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="299"/>
        <source>Backup saved: %1 notes</source>
        <translation>Sikkerhedskopi gemt: %1 noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="338"/>
        <source>Lunch interview saved: %1</source>
        <translation>Frokostsamtale gemt: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="360"/>
        <source>Cannot open session</source>
        <translation>Sessionen kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/main_window.py" line="417"/>
        <source>Participant erased</source>
        <translation>Deltageren er slettet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/running_session.py" line="40"/>
        <source>Resume the running session</source>
        <translation>Genoptag den igangværende session</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/running_session.py" line="41"/>
        <source>“%1” was still running when focusgroup stopped. Its notes and the half-typed line are kept.</source>
        <translation>“%1” var stadig i gang, da focusgroup stoppede. Dens noter og den halvskrevne linje er gemt.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/running_session.py" line="45"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ikke nu</translation>
    </message>
</context>
<context>
    <name>NeedsGapView</name>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="57"/>
        <source>Needs &amp; perception gap</source>
        <translation>Behov og opfattelseskløft</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="59"/>
        <source>Needs &amp;lists…</source>
        <translation>Behovs&amp;lister…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="61"/>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportér…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="63"/>
        <source>En&amp;ter rankings…</source>
        <translation>&amp;Indtast rangeringer…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="76"/>
        <source>L&amp;ist:</source>
        <translation>Lis&amp;te:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="77"/>
        <source>De&amp;partment:</source>
        <translation>Af&amp;deling:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="78"/>
        <source>Pe&amp;riod:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="79"/>
        <source>Sessi&amp;on:</source>
        <translation>S&amp;ession:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="86"/>
        <source>In words</source>
        <translation>Med ord</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="91"/>
        <source>Employees&apos; ranking since the previous round</source>
        <translation>Medarbejdernes rangering siden forrige runde</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="95"/>
        <source>&lt;span style=&apos;color:%1&apos;&gt;━━ managers underestimate&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;╍╍ managers overestimate&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;━━ ledere undervurderer&lt;/span&gt; &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;╍╍ ledere overvurderer&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="102"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="102"/>
        <source>Employees</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="102"/>
        <source>Managers think</source>
        <translation>Ledere tror</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="103"/>
        <source>Gap</source>
        <translation>Forskel</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="103"/>
        <source>Mean rank</source>
        <translation>Gns. plads</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="103"/>
        <source>Top 3</source>
        <translation>Top 3</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="104"/>
        <source>Employees&apos; group rank</source>
        <translation>Medarbejdernes placering som gruppe</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="104"/>
        <source>Managers&apos; predicted group rank</source>
        <translation>Ledernes forventede placering som gruppe</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="105"/>
        <source>Managers&apos; rank minus employees&apos; rank: positive means managers underestimate the need</source>
        <translation>Ledernes placering minus medarbejdernes: positiv betyder, at lederne undervurderer behovet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="107"/>
        <source>Employees&apos; mean rank</source>
        <translation>Medarbejdernes gennemsnitlige placering</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="108"/>
        <source>How many employees put it in their top 3</source>
        <translation>Antal medarbejdere, der satte behovet i deres top 3</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="145"/>
        <source>Last 6 months</source>
        <translation>Seneste 6 måneder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="146"/>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="147"/>
        <source>All time</source>
        <translation>Hele perioden</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="148"/>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="149"/>
        <source>All sessions</source>
        <translation>Alle sessioner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="159"/>
        <source>Round %1 – %2</source>
        <translation>Runde %1 – %2</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="198"/>
        <source>Open a workspace to see rankings.</source>
        <translation>Åbn et arbejdsområde for at se rangeringer.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="217"/>
        <source>Only one round of rankings so far; the trend appears after the next one.</source>
        <translation>Kun én runde rangeringer indtil nu; udviklingen vises efter den næste.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="219"/>
        <source>%1 – %2 compared with %3 – %4.</source>
        <translation>%1 – %2 sammenlignet med %3 – %4.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="226"/>
        <source>Not shown: each round needs at least %1 employees (%2 and %3).</source>
        <translation>Vises ikke: hver runde kræver mindst %1 medarbejdere (%2 og %3).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="234"/>
        <source>up</source>
        <translation>op</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="234"/>
        <source>down</source>
        <translation>ned</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="239"/>
        <source>No need moved by a whole place.</source>
        <translation>Intet behov har flyttet sig en hel plads.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="253"/>
        <source>employees&apos; own rankings</source>
        <translation>medarbejdernes egne rangeringer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="254"/>
        <source>managers&apos; predictions</source>
        <translation>ledernes forventninger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="255"/>
        <source>%1: %2 people</source>
        <translation>%1: %2 personer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="257"/>
        <source>(%1 more needed)</source>
        <translation>(mangler %1)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="260"/>
        <source>Not shown: both sides need at least %1 people to protect anonymity. In this scope: %2.</source>
        <translation>Vises ikke: begge sider skal have mindst %1 personer for at beskytte anonymiteten. I dette udvalg: %2.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="267"/>
        <source>%1 employees and %2 managers and supervisors.</source>
        <translation>%1 medarbejdere og %2 ledere og mellemledere.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="272"/>
        <source>What employees want</source>
        <translation>Hvad medarbejderne ønsker</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/needs_gap.py" line="273"/>
        <source>What managers think they want</source>
        <translation>Hvad lederne tror, de ønsker</translation>
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
        <source>Kind</source>
        <translation>Type</translation>
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
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="52"/>
        <source>Enter rankings — %1</source>
        <translation>Indtast rangeringer — %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="69"/>
        <source>Se&amp;ssion:</source>
        <translation>&amp;Session:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="81"/>
        <source>…or drag into order:</source>
        <translation>…eller træk dem i rækkefølge:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="94"/>
        <source>use the top </source>
        <translation>brug de øverste </translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="95"/>
        <source>Use this &amp;order</source>
        <translation>&amp;Brug denne rækkefølge</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="115"/>
        <source>Own: what I want</source>
        <translation>Egen: hvad jeg ønsker</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="116"/>
        <source>Predicted: what my employees want</source>
        <translation>Forventet: hvad mine medarbejdere ønsker</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="119"/>
        <source>e.g. 3 1 5 2   (ties: 1=5; leave out unranked)</source>
        <translation>f.eks. 3 1 5 2   (delt plads: 1=5; udelad dem uden plads)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="120"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="122"/>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="122"/>
        <source>&amp;Role</source>
        <translation>R&amp;olle</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="123"/>
        <source>&amp;View</source>
        <translation>&amp;Perspektiv</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="123"/>
        <source>&amp;Order</source>
        <translation>&amp;Rækkefølge</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="139"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="139"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="139"/>
        <source>View</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="139"/>
        <source>Order</source>
        <translation>Rækkefølge</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="215"/>
        <source>Plan or pick a session first.</source>
        <translation>Planlæg eller vælg først en session.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="226"/>
        <source>Saved %1&apos;s ranking.</source>
        <translation>Rangeringen for %1 er gemt.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="250"/>
        <source>own</source>
        <translation>egen</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/dialogs/ranking_dialog.py" line="251"/>
        <source>predicted</source>
        <translation>forventet</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="68"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="70"/>
        <source>PDF summaries for management that keep people anonymous: groups smaller than the anonymity threshold are left out with a sentence saying why, and names never appear.</source>
        <translation>PDF-opsummeringer til ledelsen, der holder folk anonyme: grupper, der er mindre end anonymitetsgrænsen, udelades med en sætning om hvorfor, og navne kommer aldrig med.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="78"/>
        <source>Period or department summary</source>
        <translation>Opsummering for periode eller afdeling</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="79"/>
        <source>Perception-gap brief</source>
        <translation>Kort om opfattelseskløften</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="80"/>
        <source>Session summary</source>
        <translation>Sessionsopsummering</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="111"/>
        <source>&amp;Report:</source>
        <translation>Rap&amp;port:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="84"/>
        <source>&amp;Only from</source>
        <translation>&amp;Kun fra</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="97"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="111"/>
        <source>Sess&amp;ion:</source>
        <translation>Sess&amp;ion:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="112"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="112"/>
        <source>De&amp;partment:</source>
        <translation>Afde&amp;ling:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="113"/>
        <source>&amp;Language:</source>
        <translation>Spr&amp;og:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="107"/>
        <source> people</source>
        <translation> personer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="109"/>
        <source>Any group with fewer distinct participants than this is not shown.</source>
        <translation>Grupper med færre forskellige deltagere end dette vises ikke.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="114"/>
        <source>Anonymity &amp;threshold:</source>
        <translation>Anonymitetsgræ&amp;nse:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="110"/>
        <source>Show participant &amp;codes (never names)</source>
        <translation>Vis &amp;deltagerkoder (aldrig navne)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="129"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="127"/>
        <source>Gener&amp;ate</source>
        <translation>G&amp;enerér</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="136"/>
        <source>Sa&amp;ve as…</source>
        <translation>Gem so&amp;m…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="137"/>
        <source>Open e&amp;xternally</source>
        <translation>Åbn eks&amp;ternt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="159"/>
        <source>Choose a report and press Generate to see it here.</source>
        <translation>Vælg en rapport, og tryk på Generér for at se den her.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="198"/>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="241"/>
        <source>There is no session to report on yet.</source>
        <translation>Der er endnu ingen session at lave rapport om.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="250"/>
        <source>Building the report…</source>
        <translation>Laver rapporten…</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="308"/>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="309"/>
        <source>%1 pages</source>
        <translation>%1 sider</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="330"/>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="333"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="334"/>
        <source>The report could not be made: %1</source>
        <translation>Rapporten kunne ikke laves: %1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="373"/>
        <source>Save report</source>
        <translation>Gem rapport</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="374"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/reports.py" line="393"/>
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
        <location filename="../../focusgroup/ui/dialogs/search_dialog.py" line="154"/>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
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
        <location filename="../../focusgroup/ui/dialogs/session_dialog.py" line="177"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
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
        <location filename="../../focusgroup/ui/views/sessions.py" line="45"/>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
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
        <location filename="../../focusgroup/ui/views/sessions.py" line="59"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/sessions.py" line="60"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/sessions.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/sessions.py" line="62"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/sessions.py" line="63"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/views/sessions.py" line="64"/>
        <source>Notes</source>
        <translation>Noter</translation>
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
        <location filename="../../focusgroup/ui/widgets/stance_bar.py" line="285"/>
        <source>This session</source>
        <translation>Denne session</translation>
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
        <source>1 note</source>
        <translation>1 note</translation>
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
        <location filename="../../focusgroup/ui/views/themes.py" line="65"/>
        <source>All time</source>
        <translation>Hele perioden</translation>
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
        <location filename="../../focusgroup/ui/views/themes.py" line="148"/>
        <source>All departments</source>
        <translation>Alle afdelinger</translation>
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
        <location filename="../../focusgroup/ui/views/themes.py" line="463"/>
        <location filename="../../focusgroup/ui/views/themes.py" line="481"/>
        <source>1 note</source>
        <translation>1 note</translation>
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
        <location filename="../../focusgroup/ui/views/themes.py" line="379"/>
        <source>Select one or more notes first.</source>
        <translation>Markér først en eller flere noter.</translation>
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
        <location filename="../../focusgroup/ui/labels.py" line="25"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="26"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="27"/>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="28"/>
        <source>Contractor</source>
        <translation>Underleverandør</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="29"/>
        <location filename="../../focusgroup/ui/labels.py" line="55"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="35"/>
        <source>Focus group</source>
        <translation>Fokusgruppe</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="36"/>
        <source>Lunch interview</source>
        <translation>Frokostsamtale</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="37"/>
        <source>Field visit</source>
        <translation>Feltbesøg</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="38"/>
        <source>Survey</source>
        <translation>Spørgeundersøgelse</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="44"/>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="45"/>
        <source>Running</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="46"/>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="52"/>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="53"/>
        <source>Supervisor</source>
        <translation>Mellemleder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="54"/>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="61"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="62"/>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="63"/>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="64"/>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="69"/>
        <source>every %n months</source>
        <translation>hver %n. måned</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="69"/>
        <source>every month</source>
        <translation>hver måned</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="74"/>
        <source>Like</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="75"/>
        <source>Dislike</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="76"/>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="77"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="78"/>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="79"/>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="80"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="86"/>
        <source>likes</source>
        <translation>positive</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="87"/>
        <source>dislikes</source>
        <translation>negative</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="88"/>
        <source>ideas</source>
        <translation>idéer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="89"/>
        <source>needs</source>
        <translation>behov</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="90"/>
        <source>quotes</source>
        <translation>citater</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="91"/>
        <source>questions</source>
        <translation>spørgsmål</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="92"/>
        <source>observations</source>
        <translation>observationer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="112"/>
        <source>opened after a change</source>
        <translation>åbnet efter en ændring</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="113"/>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="114"/>
        <source>backed up by hand</source>
        <translation>sikkerhedskopieret manuelt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="115"/>
        <source>after erasing a person</source>
        <translation>efter sletning af en person</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="116"/>
        <source>before a merge</source>
        <translation>før en sammenlægning</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="117"/>
        <source>before the demo replaced it</source>
        <translation>før demoen erstattede den</translation>
    </message>
    <message>
        <location filename="../../focusgroup/ui/labels.py" line="120"/>
        <source>before upgrading to version %1</source>
        <translation>før opgradering til version %1</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../focusgroup/domain/capture_line.py" line="88"/>
        <source>A note can be at most {most:,} characters; this one has {length:,}.</source>
        <translation>En note må højst være på {most:,} tegn; denne har {length:,}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/guides.py" line="153"/>
        <source>A guide can have at most {most} items; this one has {count}.</source>
        <translation>En samtaleguide kan højst have {most} punkter; denne har {count}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/guides.py" line="157"/>
        <source>Guide item {number} has no text.</source>
        <translation>Punkt {number} i samtaleguiden har ingen tekst.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/guides.py" line="163"/>
        <source>Guide item {number}: planned minutes must be between {least} and {most}.</source>
        <translation>Punkt {number} i samtaleguiden: det planlagte antal minutter skal være mellem {least} og {most}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/guides.py" line="159"/>
        <source>Guide item {number} is longer than 1,000 characters.</source>
        <translation>Punkt {number} i samtaleguiden er længere end 1.000 tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/privacy.py" line="319"/>
        <source>lunch interviews, pooled</source>
        <translation>frokostsamtaler, samlet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/privacy.py" line="320"/>
        <source>small sessions, pooled</source>
        <translation>små sessioner, samlet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/privacy.py" line="321"/>
        <source>left out</source>
        <translation>udeladt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/privacy.py" line="456"/>
        <source>{groups} groups below the anonymity threshold of {threshold} were left out (rankings: {rankings}).</source>
        <translation>{groups} grupper under anonymitetsgrænsen på {threshold} blev udeladt (rangeringer: {rankings}).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/privacy.py" line="463"/>
        <source>Warning: --show-codes exports participant codes, exact dates and times, each lunch interview with its date and department, and groups smaller than the anonymity threshold; names are never exported.</source>
        <translation>Advarsel: --show-codes eksporterer deltagerkoder, præcise datoer og tidspunkter, hver frokostsamtale med dato og afdeling og grupper mindre end anonymitetsgrænsen; navne eksporteres aldrig.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/privacy.py" line="479"/>
        <source>{file}: the column &quot;{column}&quot; holds names, not participant codes; add a code column (e.g. &quot;Participant code&quot;) or remove this one to have codes made up.</source>
        <translation>{file}: kolonnen &quot;{column}&quot; indeholder navne, ikke deltagerkoder; tilføj en kodekolonne (f.eks. &quot;Deltagerkode&quot;) eller fjern denne, så der dannes koder.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/privacy.py" line="369"/>
        <source>Notes from small sessions without a department were left out (notes: {notes}, sessions: {sessions}): together they had fewer people than the anonymity threshold of {threshold}.</source>
        <translation>Noter fra små sessioner uden afdeling blev udeladt (noter: {notes}, sessioner: {sessions}): tilsammen havde de færre personer end anonymitetsgrænsen på {threshold}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/privacy.py" line="453"/>
        <source>1 group below the anonymity threshold of {threshold} was left out (rankings: {rankings}).</source>
        <translation>1 gruppe under anonymitetsgrænsen på {threshold} blev udeladt (rangeringer: {rankings}).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/privacy.py" line="361"/>
        <source>Notes from lunch interviews were left out (notes: {notes}, interviews: {sessions}): together they had fewer people than the anonymity threshold of {threshold}.</source>
        <translation>Noter fra frokostsamtaler blev udeladt (noter: {notes}, samtaler: {sessions}): tilsammen havde de færre personer end anonymitetsgrænsen på {threshold}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/privacy.py" line="365"/>
        <source>Notes from small sessions in {department} were left out (notes: {notes}, sessions: {sessions}): together they had fewer people than the anonymity threshold of {threshold}.</source>
        <translation>Noter fra små sessioner i {department} blev udeladt (noter: {notes}, sessioner: {sessions}): tilsammen havde de færre personer end anonymitetsgrænsen på {threshold}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/ranking_input.py" line="37"/>
        <source>Type the item numbers in order, e.g. 3 1 5 2.</source>
        <translation>Skriv punkternes numre i rækkefølge, f.eks. 3 1 5 2.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/ranking_input.py" line="43"/>
        <source>&quot;{token}&quot; is not an item number.</source>
        <translation>&quot;{token}&quot; er ikke et punktnummer.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/ranking_input.py" line="45"/>
        <source>There is no item {number}; the list has {count}.</source>
        <translation>Der er intet punkt {number}; listen har {count}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/ranking_input.py" line="48"/>
        <source>Item {number} appears twice.</source>
        <translation>Punkt {number} optræder to gange.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/actions.py" line="29"/>
        <location filename="../../focusgroup/services/actions.py" line="89"/>
        <source>An action needs a title: what will be done?</source>
        <translation>En handling skal have en titel: hvad skal der gøres?</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/actions.py" line="31"/>
        <source>An action&apos;s title can be at most {most} characters.</source>
        <translation>Titlen på en handling må højst være på {most} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/actions.py" line="100"/>
        <source>Say what was done (&quot;you said, we did&quot;) before marking it done.</source>
        <translation>Skriv, hvad der blev gjort (&quot;I sagde, vi gjorde&quot;), før du markerer handlingen som udført.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/analysis.py" line="99"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/analysis.py" line="100"/>
        <source>There is no needs list called &quot;{name}&quot; (lists: {names}).</source>
        <translation>Der findes ingen behovsliste med navnet &quot;{name}&quot; (lister: {names}).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/analysis.py" line="131"/>
        <source>The period starts ({start}) after it ends ({end}).</source>
        <translation>Perioden starter ({start}), efter at den slutter ({end}).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/analysis.py" line="149"/>
        <source>The anonymity threshold must be at least {least}.</source>
        <translation>Anonymitetsgrænsen skal være mindst {least}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/analysis.py" line="93"/>
        <source>This workspace has no needs list yet.</source>
        <translation>Dette arbejdsområde har endnu ingen behovsliste.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/analysis.py" line="119"/>
        <source>There is no session with id or title &quot;{session}&quot;.</source>
        <translation>Der findes ingen session med id eller titel &quot;{session}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/analysis.py" line="126"/>
        <location filename="../../focusgroup/services/import_notes.py" line="99"/>
        <source>There is no department called &quot;{name}&quot;.</source>
        <translation>Der findes ingen afdeling med navnet &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/analysis.py" line="142"/>
        <location filename="../../focusgroup/services/import_notes.py" line="112"/>
        <location filename="../../focusgroup/services/import_rankings.py" line="221"/>
        <source>{flag} needs a date like 2026-05-31, not &quot;{value}&quot;.</source>
        <translation>{flag} kræver en dato som 2026-05-31, ikke &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/capture.py" line="40"/>
        <source>There is no participant {code} yet.</source>
        <translation>Deltageren {code} findes ikke endnu.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/capture.py" line="63"/>
        <location filename="../../focusgroup/services/initiatives.py" line="241"/>
        <location filename="../../focusgroup/services/sessions.py" line="151"/>
        <location filename="../../focusgroup/services/sessions.py" line="220"/>
        <source>That session no longer exists.</source>
        <translation>Sessionen findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/capture.py" line="203"/>
        <source>A participant code needs 1 to 32 characters.</source>
        <translation>En deltagerkode skal være på 1 til 32 tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/capture.py" line="205"/>
        <source>{code} already exists.</source>
        <translation>{code} findes allerede.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/capture.py" line="214"/>
        <source>A note cannot be empty; delete it instead.</source>
        <translation>En note kan ikke være tom; slet den i stedet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/capture.py" line="216"/>
        <source>A note can be at most 20,000 characters.</source>
        <translation>En note må højst være på 20.000 tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="45"/>
        <source>Workspace: {path}</source>
        <translation>Arbejdsområde: {path}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="136"/>
        <source>Backups: {count} in {folder}</source>
        <translation>Sikkerhedskopier: {count} i {folder}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="32"/>
        <source>PROBLEM: {problem}</source>
        <translation>PROBLEM: {problem}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="93"/>
        <source>Schema version: {version} (this app: {current})</source>
        <translation>Skemaversion: {version} (dette program: {current})</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="104"/>
        <source>Contents: {counts}</source>
        <translation>Indhold: {counts}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="116"/>
        <source>Run focusgroup check --salvage to add them.</source>
        <translation>Kør focusgroup check --salvage for at tilføje dem.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="134"/>
        <source>Backups: none yet</source>
        <translation>Sikkerhedskopier: ingen endnu</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="86"/>
        <source>There is no damaged copy of {name} to recover rows from.</source>
        <translation>Der er ingen beskadiget kopi af {name} at redde rækker fra.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="99"/>
        <source>Integrity: ok</source>
        <translation>Integritet: ok</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="51"/>
        <source>Opened read-only: the workspace is open in the app.</source>
        <translation>Åbnet skrivebeskyttet: arbejdsområdet er åbent i programmet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="54"/>
        <source>Opened read-only: the file cannot be written to.</source>
        <translation>Åbnet skrivebeskyttet: der kan ikke skrives til filen.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="89"/>
        <source>Nothing was recovered: the workspace is open read-only.</source>
        <translation>Intet blev reddet: arbejdsområdet er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="73"/>
        <source>Run again with --restore to restore the newest good backup (the damaged file is kept).</source>
        <translation>Kør igen med --restore for at gendanne den nyeste gode sikkerhedskopi (den beskadigede fil bevares).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="76"/>
        <source>Erasing removes {who}: {notes} and {rankings}.</source>
        <translation>Sletningen fjerner {who}: {notes} og {rankings}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/output_files.py" line="62"/>
        <source>{target} already exists; add --force to replace it.</source>
        <translation>{target} findes allerede; tilføj --force for at erstatte den.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/departments.py" line="26"/>
        <source>A department needs a name.</source>
        <translation>En afdeling skal have et navn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/departments.py" line="28"/>
        <source>A department name can be at most {most} characters.</source>
        <translation>Et afdelingsnavn må højst være på {most} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/departments.py" line="31"/>
        <source>There is already a department called &quot;{name}&quot;.</source>
        <translation>Der findes allerede en afdeling med navnet &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/departments.py" line="37"/>
        <source>The listening cadence must be between 1 and 36 months.</source>
        <translation>Lytteintervallet skal være mellem 1 og 36 måneder.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/departments.py" line="52"/>
        <source>Unknown kind &quot;{kind}&quot;; use one of {choices}.</source>
        <translation>Ukendt type &quot;{kind}&quot;; brug en af {choices}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="152"/>
        <source>{count} notes kept without a name</source>
        <translation>{count} noter bevaret uden navn</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="154"/>
        <source>{count} notes deleted</source>
        <translation>{count} noter slettet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="34"/>
        <source>There is no participant with the code &quot;{code}&quot;.</source>
        <translation>Der findes ingen deltager med koden &quot;{code}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="70"/>
        <source>{code} was already erased; erasing it again only finishes what may be left to purge.</source>
        <translation>{code} er allerede slettet; en ny sletning gør kun den oprydning færdig, der måtte mangle.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="88"/>
        <source>The workspace is open read-only; close it elsewhere first.</source>
        <translation>Arbejdsområdet er åbnet skrivebeskyttet; luk det først andetsteds.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/exports.py" line="207"/>
        <source>--what must be one of {choices}, not &quot;{what}&quot;.</source>
        <translation>--what skal være en af {choices}, ikke &quot;{what}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/output_files.py" line="56"/>
        <source>Cannot write {path}: it is not a regular file.</source>
        <translation>Kan ikke skrive til {path}: det er ikke en almindelig fil.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/output_files.py" line="73"/>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Kan ikke skrive til {path}: mappen {folder} findes ikke.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/output_files.py" line="78"/>
        <source>Cannot write {path}: the folder {folder} is not writable.</source>
        <translation>Kan ikke skrive til {path}: der er ikke skriveadgang til mappen {folder}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/output_files.py" line="112"/>
        <source>Cannot write {path}: the file is read-only.</source>
        <translation>Kan ikke skrive til {path}: filen er skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/exports.py" line="281"/>
        <source>--format must be csv or xlsx, not &quot;{format}&quot;.</source>
        <translation>--format skal være csv eller xlsx, ikke &quot;{format}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/output_files.py" line="102"/>
        <source>Cannot write into {path}: it is a file, not a folder.</source>
        <translation>Kan ikke skrive i {path}: det er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/output_files.py" line="70"/>
        <source>Cannot write into {path}: {parent} is a file, not a folder.</source>
        <translation>Kan ikke skrive i {path}: {parent} er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/output_files.py" line="50"/>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>Kan ikke skrive til {path}: det er en mappe.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/output_files.py" line="42"/>
        <location filename="../../focusgroup/services/output_files.py" line="90"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Kan ikke skrive til {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/output_files.py" line="125"/>
        <location filename="../../focusgroup/storage/workspace.py" line="439"/>
        <source>Cannot create the folder {folder}: {reason}.</source>
        <translation>Kan ikke oprette mappen {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="430"/>
        <source>line {line}: no ranking answer; skipped.</source>
        <translation>linje {line}: intet rangeringssvar; sprunget over.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="206"/>
        <source>{name} is not a CSV file (it looks like binary data).</source>
        <translation>{name} er ikke en CSV-fil (den ligner binære data).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="342"/>
        <source>{name} is not a rankings file: expected a CSV with the columns {columns}, a Microsoft Forms export or a Google Forms ranking grid.</source>
        <translation>{name} er ikke en fil med rangeringer: der forventes en CSV-fil med kolonnerne {columns}, en eksport fra Microsoft Forms eller et rangeringsgitter fra Google Forms.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="437"/>
        <source>The ranking was read from the column &quot;{column}&quot;.</source>
        <translation>Rangeringen blev læst fra kolonnen &quot;{column}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="152"/>
        <source>There is no file {path}.</source>
        <translation>Filen {path} findes ikke.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="154"/>
        <source>{path} is a folder; give a CSV file.</source>
        <translation>{path} er en mappe; angiv en CSV-fil.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="239"/>
        <location filename="../../focusgroup/services/import_formats.py" line="320"/>
        <source>{name} is empty.</source>
        <translation>{name} er tom.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="354"/>
        <source>missing columns {columns} (the header needs {needed})</source>
        <translation>mangler kolonnerne {columns} (overskriftslinjen skal indeholde {needed})</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="357"/>
        <source>missing column {columns} (the header needs {needed})</source>
        <translation>mangler kolonnen {columns} (overskriftslinjen skal indeholde {needed})</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="468"/>
        <source>Only the grid &quot;{question}&quot; was imported, not {others}.</source>
        <translation>Kun gitteret &quot;{question}&quot; blev importeret, ikke {others}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="168"/>
        <source>{name} is larger than {size} MB; that is not a rankings file.</source>
        <translation>{name} er større end {size} MB; det er ikke en fil med rangeringer.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="159"/>
        <location filename="../../focusgroup/services/import_formats.py" line="165"/>
        <source>Could not read {name}: {reason}.</source>
        <translation>Kunne ikke læse {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="249"/>
        <source>{name} line {line}: not readable as CSV ({error}).</source>
        <translation>{name} linje {line}: kan ikke læses som CSV ({error}).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="295"/>
        <source>{name} is neither a CSV file nor an Excel workbook that can be read.</source>
        <translation>{name} er hverken en CSV-fil eller en Excel-projektmappe, der kan læses.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="222"/>
        <source>{name} is not UTF-8 text; save it as CSV UTF-8 and try again.</source>
        <translation>{name} er ikke UTF-8-tekst; gem den som CSV UTF-8, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="48"/>
        <source>{above}
{line}</source>
        <translation>{above}
{line}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="56"/>
        <source>{file}: 1 problem, {outcome}:</source>
        <translation>{file}: 1 problem, {outcome}:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="58"/>
        <source>{file}: {count} problems, {outcome}:</source>
        <translation>{file}: {count} problemer, {outcome}:</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="79"/>
        <location filename="../../focusgroup/services/import_rankings.py" line="154"/>
        <source>Imported</source>
        <translation>Importerede</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="85"/>
        <source>{verb} {count} notes from {file} into {where}{extra}.</source>
        <translation>{verb} {count} noter fra {file} til {where}{extra}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="62"/>
        <source>… and {count} more.</source>
        <translation>… og {count} mere.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="77"/>
        <location filename="../../focusgroup/services/import_rankings.py" line="130"/>
        <source>nothing was imported</source>
        <translation>intet blev importeret</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="81"/>
        <source>new session &apos;{title}&apos;</source>
        <translation>den nye session &apos;{title}&apos;</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="82"/>
        <source>session &apos;{title}&apos;</source>
        <translation>sessionen &apos;{title}&apos;</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="83"/>
        <source>; {count} new participants</source>
        <translation>; {count} nye deltagere</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="120"/>
        <source>line 1: missing column(s) {columns} (the header needs kind,text)</source>
        <translation>linje 1: mangler kolonne(r) {columns} (overskriftslinjen skal indeholde kind,text)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="190"/>
        <source>the file has no notes</source>
        <translation>filen indeholder ingen noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="139"/>
        <source>line {line}: unknown kind &apos;{kind}&apos; (use like, dislike, idea, need, quote, question or observation)</source>
        <translation>linje {line}: ukendt type &apos;{kind}&apos; (brug like, dislike, idea, need, quote, question eller observation)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="143"/>
        <source>line {line}: the text is empty</source>
        <translation>linje {line}: teksten er tom</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="145"/>
        <source>line {line}: the text is longer than {most:,} characters</source>
        <translation>linje {line}: teksten er længere end {most:,} tegn</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="180"/>
        <source>line {line}: &apos;{wanted}&apos; is not in the guide of &apos;{title}&apos;</source>
        <translation>linje {line}: &apos;{wanted}&apos; findes ikke i samtaleguiden til &apos;{title}&apos;</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="159"/>
        <source>line {line}: cannot add participant &apos;{code}&apos; (role &apos;{role}&apos;)</source>
        <translation>linje {line}: kan ikke tilføje deltageren &apos;{code}&apos; (rolle &apos;{role}&apos;)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="172"/>
        <source>{count} {whose} {what}</source>
        <translation>{count} {whose} {what}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="194"/>
        <source>{verb} {rankings}{groups} from {file}{into}{new_list}; {people}{replaced}.</source>
        <translation>{verb} {rankings}{groups} fra {file}{into}{new_list}; {people}{replaced}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="133"/>
        <source>Would import</source>
        <translation>Ville importere</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="161"/>
        <source>employee&apos;s</source>
        <translation>medarbejders</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="161"/>
        <source>employees&apos;</source>
        <translation>medarbejderes</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="162"/>
        <source>supervisor&apos;s</source>
        <translation>mellemleders</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="162"/>
        <source>supervisors&apos;</source>
        <translation>mellemlederes</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="163"/>
        <source>manager&apos;s</source>
        <translation>leders</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="163"/>
        <source>managers&apos;</source>
        <translation>lederes</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="164"/>
        <source>other&apos;s</source>
        <translation>anden deltagers</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="164"/>
        <source>others&apos;</source>
        <translation>andre deltageres</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="170"/>
        <source>own</source>
        <translation>egne</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="179"/>
        <location filename="../../focusgroup/services/merge.py" line="33"/>
        <source>{items}, {item}</source>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="190"/>
        <source> into session &apos;{title}&apos;</source>
        <translation> til sessionen &apos;{title}&apos;</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="171"/>
        <source>prediction</source>
        <translation>forventning</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="171"/>
        <source>predictions</source>
        <translation>forventninger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="193"/>
        <source> into {count} sessions ({titles})</source>
        <translation> til {count} sessioner ({titles})</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="444"/>
        <source>{file} was read as {encoding} text.</source>
        <translation>{file} blev læst som {encoding}-tekst.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="472"/>
        <source>The workspace changed after the file was read; read the file again.</source>
        <translation>Arbejdsområdet er ændret, efter at filen blev læst; læs filen igen.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_notes.py" line="152"/>
        <location filename="../../focusgroup/services/import_rankings.py" line="111"/>
        <source>line {line}: {problem}</source>
        <translation>linje {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="74"/>
        <location filename="../../focusgroup/services/import_rankings.py" line="197"/>
        <source>1 ranking</source>
        <translation>1 rangering</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="75"/>
        <location filename="../../focusgroup/services/import_rankings.py" line="198"/>
        <source>{count} rankings</source>
        <translation>{count} rangeringer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="199"/>
        <source> ({groups})</source>
        <translation> ({groups})</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="202"/>
        <source>, on the new needs list &apos;{name}&apos;</source>
        <translation>, på den nye behovsliste &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="204"/>
        <source>no new participants</source>
        <translation>ingen nye deltagere</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="312"/>
        <source>the participant code is empty</source>
        <translation>deltagerkoden er tom</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="325"/>
        <source>the item is empty</source>
        <translation>punktet er tomt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="330"/>
        <source>rank &apos;{rank}&apos; is not a positive whole number</source>
        <translation>placeringen &apos;{rank}&apos; er ikke et positivt heltal</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="368"/>
        <source>{code} is an employee; predictions (what my employees want) come from supervisors and managers</source>
        <translation>{code} er medarbejder; forventninger (hvad mine medarbejdere ønsker) kommer fra mellemledere og ledere</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="380"/>
        <source>&apos;{item}&apos; is ranked twice for {code} ({perspective}; also on line {first})</source>
        <translation>&apos;{item}&apos; er rangeret to gange for {code} ({perspective}; også på linje {first})</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="404"/>
        <source>This workspace has no needs list; give --needs-list NAME to make one from the file.</source>
        <translation>Dette arbejdsområde har ingen behovsliste; angiv --needs-list NAME for at oprette en ud fra filen.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="432"/>
        <source>There is no department called &quot;{name}&quot;; add it first (departments are not created by an import).</source>
        <translation>Der findes ingen afdeling med navnet &quot;{name}&quot;; tilføj den først (afdelinger oprettes ikke ved en import).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="451"/>
        <source>no rankings found in the file</source>
        <translation>der blev ikke fundet nogen rangeringer i filen</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="205"/>
        <source>1 new participant</source>
        <translation>1 ny deltager</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="206"/>
        <source>{count} new participants</source>
        <translation>{count} nye deltagere</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="208"/>
        <source>; 1 earlier ranking replaced</source>
        <translation>; 1 tidligere rangering erstattet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="209"/>
        <source>; {count} earlier rankings replaced</source>
        <translation>; {count} tidligere rangeringer erstattet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="234"/>
        <source>item name longer than {most} characters</source>
        <translation>punktets navn er længere end {most} tegn</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="314"/>
        <source>the participant code is longer than {most} characters</source>
        <translation>deltagerkoden er længere end {most} tegn</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="317"/>
        <source>unknown role &apos;{role}&apos; (use employee, supervisor, manager or other)</source>
        <translation>ukendt rolle &apos;{role}&apos; (brug employee, supervisor, manager eller other)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="319"/>
        <source>the role is empty</source>
        <translation>rollen er tom</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="321"/>
        <source>unknown perspective &apos;{perspective}&apos; (use own or predicted)</source>
        <translation>ukendt perspektiv &apos;{perspective}&apos; (brug own eller predicted)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="323"/>
        <source>the perspective is empty</source>
        <translation>perspektivet er tomt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="327"/>
        <source>unknown item &apos;{item}&apos;</source>
        <translation>ukendt punkt &apos;{item}&apos;</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="332"/>
        <source>rank {rank} is larger than the number of items ({count})</source>
        <translation>placeringen {rank} er større end antallet af punkter ({count})</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="338"/>
        <source>unknown department &apos;{name}&apos;</source>
        <translation>ukendt afdeling &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="342"/>
        <source>date &apos;{date}&apos; is not a date like 2026-05-31</source>
        <translation>datoen &apos;{date}&apos; er ikke en dato som 2026-05-31</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="356"/>
        <source>{code} is registered as {registered}, not {role}</source>
        <translation>{code} er registreret som {registered}, ikke {role}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="363"/>
        <source>{code} has role {first} on line {line}, {role} here</source>
        <translation>{code} har rollen {first} på linje {line}, {role} her</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="411"/>
        <location filename="../../focusgroup/services/needs_lists.py" line="45"/>
        <source>{what} can be at most {most} characters.</source>
        <translation>{what} må højst være på {most} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_rankings.py" line="412"/>
        <location filename="../../focusgroup/services/needs_lists.py" line="51"/>
        <location filename="../../focusgroup/services/needs_lists.py" line="58"/>
        <source>A list&apos;s name</source>
        <translation>Listens navn</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="160"/>
        <source>An initiative needs a title, e.g. &quot;Fitness room in building B&quot;.</source>
        <translation>Et initiativ skal have en titel, f.eks. &quot;Motionsrum i bygning B&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="163"/>
        <source>An initiative&apos;s title can be at most {max} characters.</source>
        <translation>Et initiativs titel må højst være på {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="167"/>
        <source>A description can be at most {max:,} characters.</source>
        <translation>En beskrivelse må højst være på {max:,} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="203"/>
        <source>That initiative no longer exists.</source>
        <translation>Initiativet findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="243"/>
        <source>&quot;{title}&quot; has already been put to that session.</source>
        <translation>&quot;{title}&quot; er allerede taget op på den session.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="247"/>
        <source>Planned minutes must be a whole number from 1 to {max}.</source>
        <translation>Den planlagte tid skal være et helt antal minutter fra 1 til {max}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="256"/>
        <source>&quot;{title}&quot; has not been put to that session; put it to the session first.</source>
        <translation>&quot;{title}&quot; er ikke taget op på den session; tag det op på sessionen først.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="265"/>
        <source>The number of hands {what} must be a whole number, 0 or more.</source>
        <translation>Antallet af hænder ({what}) skal være et helt tal, 0 eller derover.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="279"/>
        <source>for</source>
        <translation>for</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="279"/>
        <source>against</source>
        <translation>imod</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="280"/>
        <source>neutral</source>
        <translation>neutrale</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="285"/>
        <source>Count the hands for and against (0 is a count).</source>
        <translation>Tæl hænderne for og imod (0 er også et antal).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="297"/>
        <source>That note no longer exists.</source>
        <translation>Noten findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="171"/>
        <source>The estimated cost must be a number, or left empty.</source>
        <translation>Den anslåede omkostning skal være et tal eller stå tom.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="173"/>
        <source>The estimated cost must be zero or more (or left empty).</source>
        <translation>Den anslåede omkostning skal være nul eller derover (eller stå tom).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="179"/>
        <source>Unknown status &quot;{status}&quot;; use one of {choices}.</source>
        <translation>Ukendt status &quot;{status}&quot;; brug en af følgende: {choices}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/initiatives.py" line="303"/>
        <source>A stance is &quot;for&quot;, &quot;against&quot; or &quot;neutral&quot;, not &quot;{stance}&quot;.</source>
        <translation>En holdning er &quot;for&quot;, &quot;against&quot; eller &quot;neutral&quot;, ikke &quot;{stance}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/words.py" line="8"/>
        <source>employee</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/app.py" line="114"/>
        <source>There is no session {session} in {workspace}.</source>
        <translation>Der er ingen session {session} i {workspace}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/commands/erase.py" line="38"/>
        <source>Erasing cannot be undone; add --yes to confirm.</source>
        <translation>Sletning kan ikke fortrydes; tilføj --yes for at bekræfte.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/words.py" line="8"/>
        <source>supervisor</source>
        <translation>mellemleder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/words.py" line="9"/>
        <source>manager</source>
        <translation>leder</translation>
    </message>
    <message>
        <location filename="../../focusgroup/domain/words.py" line="9"/>
        <source>other</source>
        <translation>andet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/options.py" line="56"/>
        <source>{key} must be a whole number from {least} to {most}.</source>
        <translation>{key} skal være et helt tal fra {least} til {most}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="122"/>
        <source>The workspace holds objects {what}.</source>
        <translation>Arbejdsområdet indeholder objekter, der er {what}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="124"/>
        <source>Tables of focusgroup that were changed or are missing cannot be remade; restore a backup with --restore.</source>
        <translation>Focusgroups tabeller, der er ændret eller mangler, kan ikke genskabes; gendan en sikkerhedskopi med --restore.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="127"/>
        <source>Nothing in them was run. Run again with --remove-extras to remove them after a backup.</source>
        <translation>Intet i dem blev kørt. Kør igen med --remove-extras for at fjerne dem efter en sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/checks.py" line="78"/>
        <source>Removed after a backup: {what}</source>
        <translation>Fjernet efter en sikkerhedskopi: {what}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/codes.py" line="34"/>
        <source>&quot;{code}&quot; could be {codes} (different people); type the code exactly as written.</source>
        <translation>&quot;{code}&quot; kan være {codes} (forskellige personer); skriv koden præcis som den er skrevet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/codes.py" line="75"/>
        <source>&apos;{code}&apos; differs only in case from &apos;{first}&apos; on line {line}; write one person&apos;s code one way (two people need two codes)</source>
        <translation>&apos;{code}&apos; adskiller sig kun ved store/små bogstaver fra &apos;{first}&apos; i linje {line}; skriv en persons kode på én måde (to personer skal have to koder)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/codes.py" line="81"/>
        <source>&apos;{code}&apos; could be {codes} (different people); write the code exactly as it is stored</source>
        <translation>&apos;{code}&apos; kan være {codes} (forskellige personer); skriv koden præcis som den er gemt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="59"/>
        <source>{code} ({role}, {department}, {name})</source>
        <translation>{code} ({role}, {department}, {name})</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="113"/>
        <source>clearing freed pages and the write-ahead log</source>
        <translation>rydde frigjorte sider og skrivelog (WAL)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="114"/>
        <source>making a fresh backup</source>
        <translation>tage en ny sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="115"/>
        <source>deleting older backups</source>
        <translation>slette ældre sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="116"/>
        <source>deleting damaged copies kept by a restore</source>
        <translation>slette beskadigede kopier, som en gendannelse har gemt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="126"/>
        <source>The erasure is not finished: still to do: {steps} ({reason}). Run the same erase again, or open the workspace, to finish it.</source>
        <translation>Sletningen er ikke færdig; mangler: {steps} ({reason}). Kør den samme sletning igen, eller åbn arbejdsområdet, for at gøre den færdig.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="136"/>
        <source>{count} erasures not finished: {steps}. Open the workspace, or run the same erases again, to finish them.</source>
        <translation>{count} sletninger er ikke færdige: {steps}. Åbn arbejdsområdet, eller kør de samme sletninger igen, for at gøre dem færdige.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="155"/>
        <source>{who} was erased: {notes}, {rankings} rankings deleted, {mentions} mentions redacted elsewhere (notes, sessions, actions, themes), {backups} older backups and copies deleted.</source>
        <translation>{who} er slettet: {notes}, {rankings} rangeringer slettet, {mentions} omtaler fjernet andre steder (noter, sessioner, handlinger, temaer), {backups} ældre sikkerhedskopier og kopier slettet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="163"/>
        <source>{done} {unfinished}</source>
        <translation>{done} {unfinished}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="54"/>
        <source>no department</source>
        <translation>ingen afdeling</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="72"/>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="73"/>
        <source>{count} notes</source>
        <translation>{count} noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="125"/>
        <source>unknown</source>
        <translation>ukendt årsag</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="134"/>
        <source>1 erasure not finished: {steps}. Open the workspace, or run the same erase again, to finish it.</source>
        <translation>1 sletning er ikke færdig: {steps}. Åbn arbejdsområdet, eller kør den samme sletning igen, for at gøre den færdig.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="150"/>
        <source>{code} was already erased; every purge is finished ({files} older copies deleted now).</source>
        <translation>{code} var allerede slettet; al oprydning er nu færdig ({files} ældre kopier slettet nu).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="56"/>
        <source>a name was stored</source>
        <translation>et navn var gemt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="56"/>
        <source>no name was stored</source>
        <translation>intet navn var gemt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="58"/>
        <source>a name is stored</source>
        <translation>et navn er gemt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="58"/>
        <source>no name is stored</source>
        <translation>intet navn er gemt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="148"/>
        <source>{code} was already erased. {unfinished}</source>
        <translation>{code} var allerede slettet. {unfinished}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/erase.py" line="162"/>
        <source>{done} A fresh backup was made.</source>
        <translation>{done} Der er taget en ny sikkerhedskopi.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="270"/>
        <source>{name} unpacks to more than {size} MB; that is not a file to import.</source>
        <translation>{name} fylder mere end {size} MB, når den pakkes ud; det er ikke en fil, der kan importeres.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="185"/>
        <location filename="../../focusgroup/services/import_formats.py" line="285"/>
        <source>{name} has more than {most} rows; a file to import may have at most that many.</source>
        <translation>{name} har mere end {most} rækker; en fil, der importeres, må højst have så mange.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="190"/>
        <source>{name} has more than {most} columns; a file to import may have at most that many.</source>
        <translation>{name} har mere end {most} kolonner; en fil, der importeres, må højst have så mange.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="195"/>
        <location filename="../../focusgroup/services/import_formats.py" line="289"/>
        <source>{name} has more than {most} cells; a file to import may have at most that many.</source>
        <translation>{name} har mere end {most} celler; en fil, der importeres, må højst have så mange.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="199"/>
        <source>{name} line {line}: a cell holds more than {most} characters.</source>
        <translation>{name} linje {line}: en celle indeholder mere end {most} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/import_formats.py" line="157"/>
        <source>{path} is not a regular file; give a CSV file or an Excel workbook.</source>
        <translation>{path} er ikke en almindelig fil; angiv en CSV-fil eller en Excel-projektmappe.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="95"/>
        <source>Type the person&apos;s code (e.g. P-012), or tick anonymous.</source>
        <translation>Skriv personens kode (f.eks. P-012), eller sæt flueben ved Anonym.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="97"/>
        <location filename="../../focusgroup/services/sessions.py" line="201"/>
        <source>A participant code can be at most {max} characters.</source>
        <translation>En deltagerkode må højst være på {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="105"/>
        <source>Pick at most {max} top needs.</source>
        <translation>Vælg højst {max} vigtigste behov.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="107"/>
        <source>The same need is picked twice; pick three different ones.</source>
        <translation>Det samme behov er valgt to gange; vælg tre forskellige.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="110"/>
        <source>A picked need is no longer on the needs list.</source>
        <translation>Et valgt behov står ikke længere på behovslisten.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="113"/>
        <source>The top needs must come from one needs list.</source>
        <translation>De vigtigste behov skal komme fra den samme behovsliste.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="130"/>
        <source>A lunch log can have at most {max} follow-ups.</source>
        <translation>En frokostsamtale kan højst have {max} opfølgninger.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="162"/>
        <location filename="../../focusgroup/services/sessions.py" line="52"/>
        <source>That department no longer exists.</source>
        <translation>Afdelingen findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="171"/>
        <source>Nothing to save yet: write what they like, dislike or have on their mind, pick a need, or add a follow-up.</source>
        <translation>Intet at gemme endnu: skriv, hvad de kan lide, ikke kan lide eller tænker på, vælg et behov, eller tilføj en opfølgning.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="175"/>
        <source>The facilitator can be at most {max} characters.</source>
        <translation>Facilitatorens navn må højst være på {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="90"/>
        <location filename="../../focusgroup/services/rankings.py" line="78"/>
        <source>{code} is registered as {registered}, not {role}.</source>
        <translation>{code} er registreret som {registered}, ikke {role}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="127"/>
        <source>Follow-up {number} is too long.</source>
        <translation>Opfølgning {number} er for lang.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="160"/>
        <location filename="../../focusgroup/services/sessions.py" line="210"/>
        <source>Unknown role &quot;{role}&quot;.</source>
        <translation>Ukendt rolle &quot;{role}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="167"/>
        <source>A line can be at most {max:,} characters.</source>
        <translation>En linje må højst være på {max:,} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/lunch.py" line="123"/>
        <source>Follow-up {number} has an owner but no title: what will be done?</source>
        <translation>Opfølgning {number} har en ansvarlig, men ingen titel: hvad skal der gøres?</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="16"/>
        <source>department</source>
        <translation>afdeling</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="16"/>
        <source>departments</source>
        <translation>afdelinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="17"/>
        <source>participant</source>
        <translation>deltager</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="17"/>
        <source>participants</source>
        <translation>deltagere</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="18"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="18"/>
        <source>sessions</source>
        <translation>sessioner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="19"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="19"/>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="20"/>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="20"/>
        <source>themes</source>
        <translation>temaer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="21"/>
        <source>ranking</source>
        <translation>rangering</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="21"/>
        <source>rankings</source>
        <translation>rangeringer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="22"/>
        <source>action</source>
        <translation>handling</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="22"/>
        <source>actions</source>
        <translation>handlinger</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="23"/>
        <source>initiative</source>
        <translation>initiativ</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="23"/>
        <source>initiatives</source>
        <translation>initiativer</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="24"/>
        <source>needs list</source>
        <translation>behovsliste</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="24"/>
        <source>needs lists</source>
        <translation>behovslister</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="25"/>
        <source>guide template</source>
        <translation>guideskabelon</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="25"/>
        <source>guide templates</source>
        <translation>guideskabeloner</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="35"/>
        <source>{items} and {last}</source>
        <translation>{items} og {last}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="53"/>
        <source>{count} {things}</source>
        <translation>{count} {things}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="57"/>
        <source>Merged {source} into {destination}: {what} added.</source>
        <translation>{source} er flettet ind i {destination}: {what} tilføjet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="71"/>
        <source>{summary} {differences}</source>
        <translation>{summary} {differences}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="87"/>
        <source>{name} cannot be merged into itself.</source>
        <translation>{name} kan ikke flettes ind i sig selv.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="89"/>
        <source>{name} is open read-only; close it elsewhere before merging into it.</source>
        <translation>{name} er åbnet skrivebeskyttet; luk det andetsteds, før du fletter ind i det.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="60"/>
        <source>Merged {source} into {destination}: links added.</source>
        <translation>{source} er flettet ind i {destination}: koblinger tilføjet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="63"/>
        <source>Nothing new in {source}: {destination} already has it all.</source>
        <translation>Intet nyt i {source}: {destination} indeholder allerede det hele.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="67"/>
        <source>1 difference found; the values in the destination were kept.</source>
        <translation>1 forskel fundet; værdierne i destinationen blev beholdt.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/merge.py" line="69"/>
        <source>{count} differences found; the values in the destination were kept.</source>
        <translation>{count} forskelle fundet; værdierne i destinationen blev beholdt.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/needs_lists.py" line="71"/>
        <location filename="../../focusgroup/services/needs_lists.py" line="86"/>
        <source>The English label</source>
        <translation>Den engelske betegnelse</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/needs_lists.py" line="72"/>
        <location filename="../../focusgroup/services/needs_lists.py" line="87"/>
        <source>The Danish label</source>
        <translation>Den danske betegnelse</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/needs_lists.py" line="43"/>
        <source>{what} cannot be empty.</source>
        <translation>{what} skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/needs_lists.py" line="53"/>
        <location filename="../../focusgroup/services/needs_lists.py" line="61"/>
        <source>There is already a needs list called &quot;{name}&quot;.</source>
        <translation>Der findes allerede en behovsliste med navnet &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/needs_lists.py" line="75"/>
        <source>&quot;{label}&quot; is already on this list.</source>
        <translation>&quot;{label}&quot; står allerede på listen.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/needs_lists.py" line="108"/>
        <source>&quot;{label}&quot; is used in {used} ranking(s), so it cannot be deleted; archive it instead.</source>
        <translation>&quot;{label}&quot; indgår i {used} rangering(er), så det kan ikke slettes; arkivér det i stedet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/output_files.py" line="99"/>
        <location filename="../../focusgroup/services/output_files.py" line="121"/>
        <source>Cannot write into {path}: it is a symbolic link; give the folder it points to instead.</source>
        <translation>Kan ikke skrive i {path}: det er et symbolsk link; angiv i stedet den mappe, det peger på.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/output_files.py" line="53"/>
        <source>Cannot write {path}: it is a symbolic link; give the file it points to instead.</source>
        <translation>Kan ikke skrive til {path}: det er et symbolsk link; angiv i stedet den fil, det peger på.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/rankings.py" line="69"/>
        <source>Type the participant&apos;s code, e.g. P-007.</source>
        <translation>Skriv deltagerens kode, f.eks. P-007.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/rankings.py" line="71"/>
        <source>A participant code can be at most {most} characters.</source>
        <translation>En deltagerkode må højst være på {most} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/rankings.py" line="82"/>
        <source>Predictions (what my employees want) come from supervisors and managers; choose their own view for an employee.</source>
        <translation>Forventninger (hvad mine medarbejdere ønsker) kommer fra mellemledere og ledere; vælg perspektivet Egen for en medarbejder.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/reports.py" line="75"/>
        <source>--session cannot be combined with --department, --from or --to.</source>
        <translation>--session kan ikke kombineres med --department, --from eller --to.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/reports.py" line="81"/>
        <source>--kind must be session, summary or gap, not &quot;{kind}&quot;.</source>
        <translation>--kind skal være session, summary eller gap, ikke &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/reports.py" line="84"/>
        <source>--lang must be en or da, not &quot;{lang}&quot;.</source>
        <translation>--lang skal være en eller da, ikke &quot;{lang}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/reports.py" line="88"/>
        <source>A session report needs --session (an id or a title).</source>
        <translation>En sessionsrapport kræver --session (et id eller en titel).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/reports.py" line="92"/>
        <source>--session is for --kind session or gap; a summary covers a period.</source>
        <translation>--session gælder kun for --kind session eller gap; en opsummering dækker en periode.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/reports.py" line="433"/>
        <source>The PDF could not be laid out ({reason}). Nothing was written.</source>
        <translation>PDF-filen kunne ikke sættes op ({reason}). Der blev ikke skrevet noget.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/reports.py" line="431"/>
        <source>The PDF could not be laid out: a part of it is too large for a page. Nothing was written.</source>
        <translation>PDF-filen kunne ikke sættes op: en del af den er for stor til en side. Der blev ikke skrevet noget.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/salvage.py" line="32"/>
        <source>Nothing in the damaged file is missing from the workspace.</source>
        <translation>Arbejdsområdet mangler intet fra den beskadigede fil.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/salvage.py" line="41"/>
        <source>{count} rows cannot be recovered: {orphans} belong to something lost with the damage, {invalid} hold values that are not valid, {clashes} clash with rows already in the workspace.</source>
        <translation>{count} rækker kan ikke reddes: {orphans} hører til noget, der gik tabt med skaden, {invalid} har ugyldige værdier, {clashes} strider mod rækker, der allerede er i arbejdsområdet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/salvage.py" line="47"/>
        <source>Damaged tables, read in part or not at all: {tables}.</source>
        <translation>Beskadigede tabeller, kun delvist eller slet ikke læst: {tables}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/salvage.py" line="34"/>
        <source>Recovered from the damaged file: {notes} notes and {others} other rows.</source>
        <translation>Reddet fra den beskadigede fil: {notes} noter og {others} andre rækker.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/salvage.py" line="37"/>
        <source>The damaged file still holds {notes} notes and {others} other rows that the restored workspace lacks.</source>
        <translation>Den beskadigede fil indeholder stadig {notes} noter og {others} andre rækker, som det gendannede arbejdsområde mangler.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="59"/>
        <source>A chosen participant no longer exists.</source>
        <translation>En valgt deltager findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="78"/>
        <source>A session needs a title, e.g. &quot;Warehouse round 2&quot;.</source>
        <translation>En session skal have en titel, f.eks. &quot;Lager, runde 2&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="80"/>
        <source>A session title can be at most {max} characters.</source>
        <translation>En sessionstitel må højst være på {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="90"/>
        <source>Facilitator and topic can be at most {max} characters each.</source>
        <translation>Facilitator og emne må højst være på {max} tegn hver.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="124"/>
        <source>A template needs a name.</source>
        <translation>En skabelon skal have et navn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="126"/>
        <source>A template name can be at most {max} characters.</source>
        <translation>Et skabelonnavn må højst være på {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="129"/>
        <source>Unknown language &quot;{lang}&quot;.</source>
        <translation>Ukendt sprog &quot;{lang}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="131"/>
        <source>&quot;{name}&quot; is the name of a built-in template; choose another.</source>
        <translation>&quot;{name}&quot; er navnet på en indbygget skabelon; vælg et andet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="135"/>
        <source>The guide is empty: add at least one question first.</source>
        <translation>Guiden er tom: tilføj først mindst ét spørgsmål.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="138"/>
        <source>There is already a template called &quot;{name}&quot;.</source>
        <translation>Der findes allerede en skabelon med navnet &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="158"/>
        <source>Built-in templates cannot be deleted.</source>
        <translation>Indbyggede skabeloner kan ikke slettes.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="198"/>
        <source>A participant code needs at least one character and no spaces, e.g. P-007.</source>
        <translation>En deltagerkode skal have mindst ét tegn og ingen mellemrum, f.eks. P-007.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="205"/>
        <source>{code} already exists; the next free code is {free}.</source>
        <translation>{code} findes allerede; den næste ledige kode er {free}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="213"/>
        <source>A name can be at most {max} characters.</source>
        <translation>Et navn må højst være på {max} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/sessions.py" line="86"/>
        <source>Unknown session kind &quot;{kind}&quot;; use one of {choices}.</source>
        <translation>Ukendt sessionstype &quot;{kind}&quot;; brug en af følgende: {choices}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/themes.py" line="164"/>
        <source>A theme needs a name.</source>
        <translation>Et tema skal have et navn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/themes.py" line="166"/>
        <source>A theme name can be at most {most} characters.</source>
        <translation>Et temanavn må højst være på {most} tegn.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/themes.py" line="174"/>
        <source>Select one or more notes first.</source>
        <translation>Markér først en eller flere noter.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/themes.py" line="218"/>
        <source>Choose another theme to merge into.</source>
        <translation>Vælg et andet tema at flette ind i.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/themes.py" line="227"/>
        <source>There is already a theme called {name}; drag the notes onto it with Shift held to move them there.</source>
        <translation>Der findes allerede et tema med navnet {name}; træk noterne over på det, mens du holder Skift nede, for at flytte dem dertil.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/services/workspace_settings.py" line="27"/>
        <source>Unknown setting &quot;{key}&quot;; use one of {keys}.</source>
        <translation>Ukendt indstilling &quot;{key}&quot;; brug en af {keys}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/backups.py" line="79"/>
        <source>The backup written to {folder} did not pass the integrity check.</source>
        <translation>Sikkerhedskopien, der blev skrevet til {folder}, bestod ikke integritetstjekket.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/backups.py" line="65"/>
        <location filename="../../focusgroup/storage/backups.py" line="75"/>
        <location filename="../../focusgroup/storage/backups.py" line="86"/>
        <source>Could not write a backup to {folder}: {error}.</source>
        <translation>Kunne ikke skrive en sikkerhedskopi til {folder}: {error}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge.py" line="88"/>
        <source>Department &quot;{name}&quot; has {differences}; the values here were kept.</source>
        <translation>Afdelingen &quot;{name}&quot; har {differences}; værdierne her blev beholdt.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge.py" line="95"/>
        <source>Participant {code} is a {there} there but a {here} here; kept {here}.</source>
        <translation>Deltager {code} har rollen {there} dér, men {here} her; {here} blev beholdt.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge.py" line="86"/>
        <source>{first} and {second}</source>
        <translation>{first} og {second}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge.py" line="240"/>
        <source>{code} was erased here; erase them in the other file too before merging</source>
        <translation>{code} er slettet her; slet personen også i den anden fil, før de flettes</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge.py" line="246"/>
        <source>{name} was not merged, and nothing was changed: {problems}.</source>
        <translation>{name} blev ikke flettet ind, og intet blev ændret: {problems}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge.py" line="79"/>
        <source>kind &quot;{there}&quot; there, &quot;{here}&quot; here</source>
        <translation>typen &quot;{there}&quot; dér, &quot;{here}&quot; her</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge.py" line="82"/>
        <source>a cadence of {there} months there, {here} here</source>
        <translation>et interval på {there} måneder dér, {here} her</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge.py" line="198"/>
        <source>participants &quot;{first}&quot; and &quot;{second}&quot; have one code (codes are the same in any case)</source>
        <translation>deltagerne &quot;{first}&quot; og &quot;{second}&quot; har samme kode (koder er ens uanset store/små bogstaver)</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge.py" line="210"/>
        <source>{code} could be {codes} here (different people): give the person the code of one of them there</source>
        <translation>{code} kan være {codes} her (forskellige personer): giv personen dér koden for en af dem</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge.py" line="217"/>
        <source>{code} is &quot;{there}&quot; there but &quot;{here}&quot; here: two people under one code</source>
        <translation>{code} er &quot;{there}&quot; dér, men &quot;{here}&quot; her: to personer under én kode</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="61"/>
        <source>not a date and time</source>
        <translation>ikke et tidspunkt</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="71"/>
        <source>not a date</source>
        <translation>ikke en dato</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="32"/>
        <source>not text</source>
        <translation>ikke tekst</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="34"/>
        <source>longer than {most:,} characters</source>
        <translation>længere end {most:,} tegn</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="39"/>
        <source>not a whole number</source>
        <translation>ikke et helt tal</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="43"/>
        <source>not a count</source>
        <translation>ikke et antal</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="47"/>
        <source>not a number</source>
        <translation>ikke et tal</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="51"/>
        <source>not 0 or 1</source>
        <translation>ikke 0 eller 1</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="90"/>
        <location filename="../../focusgroup/storage/merge_rows.py" line="88"/>
        <source>not a list of guide items</source>
        <translation>ikke en liste af spørgsmål</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="96"/>
        <location filename="../../focusgroup/storage/merge_rows.py" line="78"/>
        <source>not a known value</source>
        <translation>ikke en kendt værdi</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="178"/>
        <location filename="../../focusgroup/storage/schema_check.py" line="166"/>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="180"/>
        <source>{problems}; and {count} more</source>
        <translation>{problems}; og {count} mere</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="147"/>
        <source>{where}: {column} &quot;{value}&quot; is {problem}</source>
        <translation>{where}: {column} &quot;{value}&quot; er {problem}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/merge_rows.py" line="168"/>
        <source>{where}: {column} &quot;{value}&quot; refers to no row of {parent}</source>
        <translation>{where}: {column} &quot;{value}&quot; henviser ikke til nogen række i {parent}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/migrations.py" line="48"/>
        <source>Could not upgrade the workspace to version {number}: {error}. The file is unchanged at version {previous}.</source>
        <translation>Arbejdsområdet kunne ikke opgraderes til version {number}: {error}. Filen er uændret og stadig i version {previous}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/queries.py" line="96"/>
        <source>{table} row {row} points to a missing {parent}</source>
        <translation>Række {row} i {table} peger på manglende {parent}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/queries.py" line="102"/>
        <source>search index: {error}</source>
        <translation>søgeindeks: {error}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/recovery.py" line="22"/>
        <source>The workspace was damaged. It was restored from the backup of {when} ({notes} notes); anything written after that may be missing. The damaged file is kept at {copy}.</source>
        <translation>Arbejdsområdet var beskadiget. Det er gendannet fra sikkerhedskopien fra {when} ({notes} noter); alt, der er skrevet efter det tidspunkt, kan mangle. Den beskadigede fil er gemt som {copy}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/recovery.py" line="46"/>
        <source>{path} is damaged and there is no usable backup; the file was not changed.</source>
        <translation>{path} er beskadiget, og der findes ingen brugbar sikkerhedskopi; filen er ikke ændret.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/recovery.py" line="56"/>
        <location filename="../../focusgroup/storage/restore_journal.py" line="262"/>
        <location filename="../../focusgroup/storage/restore_journal.py" line="186"/>
        <source>Restoring {path} from its backup failed: {error}.</source>
        <translation>Gendannelse af {path} fra sikkerhedskopien mislykkedes: {error}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/repository.py" line="35"/>
        <source>{name} is open read-only; nothing can be saved.</source>
        <translation>{name} er åbnet skrivebeskyttet; intet kan gemmes.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/repository.py" line="42"/>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/repository.py" line="49"/>
        <source>Could not save: {reason}.</source>
        <translation>Kunne ikke gemme: {reason}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/repository.py" line="44"/>
        <source>the file has become read-only</source>
        <translation>filen er blevet skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/repository.py" line="46"/>
        <source>another program is writing to the workspace</source>
        <translation>et andet program skriver til arbejdsområdet</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/restore_journal.py" line="268"/>
        <source>An interrupted restore of {name} was completed from the backup of {when}. The damaged file is kept at {copy}.</source>
        <translation>En afbrudt gendannelse af {name} blev gjort færdig fra sikkerhedskopien fra {when}. Den beskadigede fil er gemt som {copy}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/restore_journal.py" line="254"/>
        <source>{journal} belongs to another workspace; move it away and try again.</source>
        <translation>{journal} hører til et andet arbejdsområde; flyt den væk, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/restore_journal.py" line="259"/>
        <source>An interrupted restore of {name} was undone: {reason}</source>
        <translation>En afbrudt gendannelse af {name} blev rullet tilbage: {reason}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/restore_journal.py" line="190"/>
        <source>The backup {backup} could not be used, so {path} was not restored; the file was not changed.</source>
        <translation>Sikkerhedskopien {backup} kunne ikke bruges, så {path} blev ikke gendannet; filen blev ikke ændret.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/schema_check.py" line="174"/>
        <source>{names}</source>
        <translation>{names}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/schema_check.py" line="47"/>
        <source>{kind} {name}</source>
        <translation>{kind} {name}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/schema_check.py" line="173"/>
        <source>{names} and {count} more</source>
        <translation>{names} og {count} mere</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/schema_check.py" line="143"/>
        <location filename="../../focusgroup/storage/schema_check.py" line="157"/>
        <source>not part of a focusgroup workspace: {objects}</source>
        <translation>ikke en del af et focusgroup-arbejdsområde: {objects}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/schema_check.py" line="146"/>
        <location filename="../../focusgroup/storage/schema_check.py" line="160"/>
        <source>changed from what focusgroup made: {objects}</source>
        <translation>ændret i forhold til det, focusgroup lavede: {objects}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/schema_check.py" line="149"/>
        <location filename="../../focusgroup/storage/schema_check.py" line="163"/>
        <source>missing: {objects}</source>
        <translation>mangler: {objects}</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/themes.py" line="144"/>
        <source>That theme no longer exists.</source>
        <translation>Temaet findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/themes.py" line="138"/>
        <source>A note or theme no longer exists; look again at the board.</source>
        <translation>En note eller et tema findes ikke længere; kig på tavlen igen.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/themes.py" line="169"/>
        <location filename="../../focusgroup/storage/themes.py" line="210"/>
        <source>There is already a theme called {name}.</source>
        <translation>Der findes allerede et tema med navnet {name}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/themes.py" line="234"/>
        <source>Only a theme without notes can be deleted; merge it instead.</source>
        <translation>Kun et tema uden noter kan slettes; flet det i stedet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="323"/>
        <source>{path} holds what a focusgroup workspace does not ({difference}); nothing in it was run or changed.</source>
        <translation>{path} indeholder noget, et focusgroup-arbejdsområde ikke har ({difference}); intet i den blev kørt eller ændret.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="66"/>
        <source>{path} is a folder, not a workspace file.</source>
        <translation>{path} er en mappe, ikke en arbejdsområdefil.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="68"/>
        <location filename="../../focusgroup/storage/workspace.py" line="436"/>
        <source>{path} is not a workspace: it is not a regular file.</source>
        <translation>{path} er ikke et arbejdsområde: det er ikke en almindelig fil.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="79"/>
        <source>{path} is not a focusgroup workspace (it is not an SQLite file).</source>
        <translation>{path} er ikke et focusgroup-arbejdsområde (det er ikke en SQLite-fil).</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="82"/>
        <source>{path} is damaged: its header is cut short.</source>
        <translation>{path} er beskadiget: filhovedet er afkortet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="89"/>
        <source>{path} is an SQLite database, but not a focusgroup workspace; it was left untouched.</source>
        <translation>{path} er en SQLite-database, men ikke et focusgroup-arbejdsområde; den er ikke blevet rørt.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="99"/>
        <source>{path} was written by a newer focusgroup (workspace version {version}; this version reads up to {current}). Please update focusgroup; the file was not changed.</source>
        <translation>{path} er skrevet af en nyere version af focusgroup (arbejdsområdeversion {version}; denne version kan læse op til {current}). Opdater focusgroup; filen er ikke ændret.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/recovery.py" line="49"/>
        <location filename="../../focusgroup/storage/workspace.py" line="332"/>
        <location filename="../../focusgroup/storage/workspace.py" line="420"/>
        <source>There is no workspace at {path}.</source>
        <translation>Der er intet arbejdsområde i {path}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="422"/>
        <source>{path} is not a focusgroup workspace (it is empty); it was left untouched.</source>
        <translation>{path} er ikke et focusgroup-arbejdsområde (filen er tom); den er ikke blevet rørt.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="428"/>
        <source>{path} is read-only; focusgroup cannot save to it.</source>
        <translation>{path} er skrivebeskyttet; focusgroup kan ikke gemme i den.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="444"/>
        <source>The folder {folder} is not writable.</source>
        <translation>Der kan ikke skrives i mappen {folder}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="63"/>
        <location filename="../../focusgroup/storage/workspace.py" line="74"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} kan ikke læses: {reason}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="346"/>
        <source>{path} needs an upgrade, which cannot be done while it is open read-only.</source>
        <translation>{path} skal opgraderes, og det kan ikke ske, mens den er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="356"/>
        <source>{path} could not be opened read-only: {error}.</source>
        <translation>{path} kunne ikke åbnes skrivebeskyttet: {error}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="360"/>
        <source>{path} could not be read: {error}.</source>
        <translation>{path} kunne ikke læses: {error}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="487"/>
        <source>{path} could not be opened: {error}.</source>
        <translation>{path} kunne ikke åbnes: {error}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="123"/>
        <source>Cannot write beside {folder}: {reason}.</source>
        <translation>Kan ikke skrive i mappen {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="130"/>
        <source>{name} is already open in another focusgroup window. Close it there first, or open the workspace read-only.</source>
        <translation>{name} er allerede åbent i et andet focusgroup-vindue. Luk det dér først, eller åbn arbejdsområdet skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../../focusgroup/storage/workspace.py" line="477"/>
        <source>{path} is damaged (it fails SQLite&apos;s integrity check); it was not changed, and its earlier backups are kept.</source>
        <translation>{path} er beskadiget (den består ikke integritetstjekket i SQLite); den er ikke ændret, og dens tidligere sikkerhedskopier er bevaret.</translation>
    </message>
</context>
</TS>
