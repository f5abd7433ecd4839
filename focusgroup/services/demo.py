"""A realistic demo: a warehouse and a Danish-speaking customer service team listened to twice,
six months apart; leaders rank what they *believe* their people want; actions close the loop; the
cleaning contractor is overdue. Deterministic and relative to ``today``; one transaction."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from focusgroup.domain import model
from focusgroup.domain.model import NoteKind, Perspective, Role, SessionKind
from focusgroup.domain.needs import CLASSIC_TEN, CLASSIC_TEN_NAME
from focusgroup.storage import queries, repository
from focusgroup.storage.workspace import Workspace

SEED = 2026
HR = "Anne Holm (HR)"
DEPARTMENTS = (  # key, name, kind, cadence in months
    ("wh", "Warehouse", "department", 6), ("cs", "Customer Service", "department", 3),
    ("nf", "NordFragt A/S", "supplier", 6), ("ct", "CleanTeam ApS", "contractor", 6))
PEOPLE = (  # department, role, how many, real names of the first ones (optional and sensitive)
    ("wh", "employee", 10, ("Karim Nasser", "Lise Mortensen")),
    ("wh", "supervisor", 2, ("Jonas Berg",)), ("wh", "manager", 1, ("Peter Lund",)),
    ("cs", "employee", 8, ("Sofie Jensen",)), ("cs", "supervisor", 2, ("Mette Hansen",)),
    ("cs", "manager", 1, ()), ("nf", "employee", 2, ("Bo Sørensen",)),
    ("ct", "employee", 4, ()), ("ct", "supervisor", 1, ()), (None, "manager", 1, ("Anne Holm",)))
THEMES = {"rec": "Recognition", "com": "Communication", "shift": "Shift planning", "pay": "Pay",
          "tools": "Tools & equipment", "deliv": "Deliveries", "canteen": "Canteen",
          "clean": "Cleaning", "growth": "Training & growth", "hr": "HR & benefits"}
KINDS = dict(zip("LDINQ?O", NoteKind, strict=True))  # like, dislike, idea, need, quote, ?, obs.
GUIDE_EN = (("Welcome, purpose and ground rules", 5), ("What works well for you?", 15),
            ("What gets in your way?", 20), ("What do you need from us?", 15),
            ("Needs ranking: put the ten in your order", 10), ("Ending: one thing to take away", 5))
GUIDE_DA = (("Velkomst, formål og spilleregler", 5), ("Hvad fungerer godt for dig?", 15),
            ("Hvad står i vejen for dig?", 20), ("Hvad har du brug for fra os?", 15),
            ("Rangering af behov: de ti i din rækkefølge", 10), ("Afslutning", 5))
GUIDE_LEAD = (("Welcome and purpose", 5), ("What do you think your people want most?", 15),
              ("Ranking: your team's order, as you believe it", 10), ("Your own order", 10),
              ("What the employees told us", 15), ("Ending: what will we do?", 5))
GUIDE_CT = (*GUIDE_EN[:4], GUIDE_EN[5])  # no ranking exercise at 6 in the morning

# Notes as "<guide item index><kind>:<themes>:<text>"; the index is left out without a guide.
WH1 = (
    "0O::The night shift came straight from work; a quiet start, then lively.",
    "1L::The team helps each other when a truck is late.",
    "1L:tools:The new hand scanners are much faster than the old ones.",
    "1L:canteen:Hot lunch on Fridays is a highlight.",
    "1Q:rec:Jonas is the only one who ever says thanks after a late truck.",
    "1L:shift:Swapping shifts on the board is easy.",
    "2D:com:We hear about changes from the drivers before we hear it from our managers.",
    "2D:shift:The shift plan comes out on Thursday for Monday. Impossible with kids.",
    "2D:tools:Two forklifts have been waiting for repair for weeks.",
    "2D:deliv:NordFragt trucks arrive in one bunch at 7, then nothing until noon.",
    "2D:pay:Wages have not kept up with prices; the last raise was eaten by rent.",
    "2Q:rec:When an order goes out perfect, nobody hears. When it goes wrong, everybody does.",
    "2D:clean:The break room is not cleaned at weekends.",
    "2?:com:Is it true that the warehouse is moving to building B?",
    "2D:tools:The scanners lose Wi-Fi at the back of aisle 14.",
    "3N:com:Tell us what is going on before the rumours do.",
    "3N:shift:The shift plan two weeks ahead, not four days.",
    "3I:com:A short stand-up on Monday morning: what is coming this week.",
    "3I:rec:A board where customers' thank-you emails are posted.",
    "3N:tools:Repair forklifts within a week or rent a spare.",
    "3I:deliv:Ask NordFragt to spread deliveries over the morning.",
    "3N:growth:Forklift certificates for more people, so the same three don't do all the driving.",
    "3Q:com:I just want to know why, not only what.",
    "3?:pay:When is the next pay negotiation, and who represents us?",
    "4O:rec:Most put appreciation or being kept informed in their top three; wages mid-table.",
    "4Q:pay:Money matters, but I would not leave over money. I would leave over being ignored.",
    "5I:canteen:More vegetarian options in the canteen.",
    "5Q::Thanks for asking. First time in four years anyone did.",
    "5?:com:Will we hear back what happens with this?")
WH2 = (
    "0O::Several knew the format from last round; people talked more this time.",
    "1L:com:The Monday stand-up works. Ten minutes and we know the week.",
    "1L:shift:The plan is out two weeks ahead; I booked my kid's football for once.",
    "1L:tools:Forklift 3 was repaired in two days this time.",
    "1L:rec:The thank-you board by the canteen is nice; people read it.",
    "1Q:rec:Karim got a shout-out on the board and talked about it all week.",
    "1L:deliv:NordFragt trucks now come in two waves; mornings are calmer.",
    "1L:growth:The forklift course for the temps took pressure off the regular drivers.",
    "2D:com:When Peter is away the stand-up is skipped.",
    "2D:pay:Still no answer about the pay negotiation.",
    "2D:tools:The scanners still drop out at the back of aisle 14.",
    "2D:tools:Only two pallet jacks work for the whole late shift.",
    "2D:shift:Last-minute overtime on Fridays is still common.",
    "2D:canteen:The canteen closes at 13:00; the late shift gets nothing hot.",
    "2D:clean:Toilets by the loading bay are not cleaned often enough.",
    "2D:deliv:Pallets from NordFragt arrive wrapped so tight that goods get damaged unpacking.",
    "2Q:rec:Thanks on a board is good. Thanks in person is better.",
    "3N:pay:A clear answer on wages, even if it is no.",
    "3I:tools:Put a Wi-Fi repeater at aisle 14.",
    "3N:canteen:Something hot for the late shift, even a toasted sandwich.",
    "3I:growth:Let experienced people train new ones and count it as work time.",
    "3N:com:Keep the stand-up when the manager is away; a supervisor can run it.",
    "3I:shift:Show the week's overtime list on Monday, not on Friday.",
    "3?:hr:Who do we talk to about the pension scheme?",
    "3?:hr:Is the fitness room in building B actually happening? Fix the break room first.",
    "4O:com:Being kept informed dropped a little in the rankings; appreciation still first.",
    "4Q:pay:I put wages fifth again. I'd put them first if we never got an answer.",
    "5O::People said the actions from last time made them trust this more.",
    "5Q:com:You actually did what we said. Keep doing that.")
CS1 = (
    "0O::Gruppen var åben fra start; to kom direkte fra telefonvagten.",
    "1L::Kollegerne hjælper hinanden, når køen er lang.",
    "1L:rec:Det er rart, når en kunde siger tak i telefonen.",
    "1Q:rec:Mette siger altid tak, når vi har haft en hård dag. Det betyder meget.",
    "1L:shift:Hjemmearbejde om fredagen fungerer godt.",
    "1L:canteen:Kantinen er god, især salatbaren.",
    "2D:com:Vi hører om nye kampagner fra kunderne, før vi hører om dem internt.",
    "2D:tools:CRM-systemet er langsomt og går ned flere gange om ugen.",
    "2D:tools:Vi har tre forskellige systemer åbne for at besvare én kunde.",
    "2D:shift:Vagtplanen ændres med for kort varsel.",
    "2D:pay:Lønnen er lavere end i andre kundeservicecentre i byen.",
    "2D:deliv:Vi får skylden for forsinkede leverancer fra lageret, men kan ikke se status.",
    "2Q:rec:Man hører kun fra ledelsen, når tallene er dårlige.",
    "2D::Støjniveauet i det åbne kontor er for højt.",
    "2?:com:Hvorfor bliver vi ikke spurgt, før man ændrer åbningstiderne?",
    "3N:com:Besked om kampagner mindst en uge før de går i luften.",
    "3N:tools:Et CRM-system, der virker, eller i det mindste en plan for det.",
    "3I:deliv:Adgang til lagerets leveringsstatus, så vi kan svare kunderne.",
    "3I:rec:Send rosen videre, når en kunde roser os.",
    "3N:shift:Vagtplanen skal ligge fast fire uger frem.",
    "3I::Stillerum eller headset med støjdæmpning.",
    "3N:growth:Mere oplæring i de nye produkter.",
    "3?:growth:Hvem skal vi spørge om kurser og efteruddannelse?",
    "4O:rec:Næsten alle satte anerkendelse i top tre; løn lå midt i feltet.",
    "4Q:pay:Selvfølgelig betyder lønnen noget, men det er ikke derfor, folk går.",
    "5Q::Det er første gang, nogen spørger os om det her.",
    "5?:com:Hvornår hører vi, hvad der sker med det, vi har sagt?")
CS2 = (
    "0O::Flere deltagere end sidst; stemningen var mere afslappet.",
    "1L:com:Kampagneoversigten hver mandag er en stor hjælp.",
    "1L:deliv:Nu kan vi se lagerets leveringsstatus direkte i systemet.",
    "1L:rec:Ugens ros fra kunderne bliver læst højt om fredagen.",
    "1Q:rec:Sofie fik ros fra en kunde, og hele holdet klappede. Det glemmer hun ikke.",
    "1L:tools:De nye headset har gjort en stor forskel for støjen.",
    "1L:shift:Vagtplanen ligger nu fire uger frem. Det gør en stor forskel.",
    "2D:tools:CRM-systemet er stadig langsomt om mandagen.",
    "2D:pay:Lønforhandlingen er udskudt igen.",
    "2D:shift:Sommerferieplanen kom alt for sent.",
    "2D:canteen:Kantinen har skåret ned på salatbaren.",
    "2D:growth:Oplæringen i nye produkter er stadig kun en pdf.",
    "2Q:com:Vi får besked nu, men vi bliver stadig ikke spurgt.",
    "2D:rec:Ros fra kunderne når frem, men ros fra ledelsen er stadig sjælden.",
    "2D:hr:Det er svært at få fat i HR om pension og barsel.",
    "3N:tools:En dato for det nye CRM-system.",
    "3I:growth:Korte oplæringsmøder på 15 minutter, når der kommer nye produkter.",
    "3N:pay:Et klart svar om lønnen, også hvis det er nej.",
    "3I:hr:En fast træffetid hos HR hver uge.",
    "3?:shift:Kan vi selv bytte vagter i systemet?",
    "3N:com:Vi vil gerne høre, hvorfor beslutninger bliver taget, ikke kun hvad.",
    "3Q:hr:Et træningslokale ville være dejligt, men støjen på kontoret er vigtigere.",
    "4O:rec:Anerkendelse er stadig øverst; at føle sig informeret er rykket lidt ned.",
    "5O::Folk sagde, at de kunne se, at der var sket noget siden sidst.",
    "5Q::I lytter faktisk. Det havde jeg ikke troet.")
LEAD1 = (
    "0O::Supervisors and managers from Warehouse and Customer Service.",
    "1Q:pay:Honestly, it is all about money. Pay them more and they stay.",
    "1Q:rec:My people know I appreciate them; I don't need to say it every day.",
    "1?:pay:Can we change anything on pay before the next negotiation?",
    "1O:shift:Several believed the shift plan works fine as it is.",
    "1Q:shift:If the plan changes late, it's because customers change their orders late.",
    "2O:pay:Nearly everyone predicted wages first or second.",
    "2O:rec:Two supervisors hesitated long over appreciation, then put it near the bottom.",
    "3O::Their own rankings looked more like the employees' than their predictions did.",
    "4O:rec:The employees' results were shown after ranking: silence, then a long discussion.",
    "4Q:rec:So they want to hear 'well done' more than a raise? I did not see that coming.",
    "4I:com:Start a weekly 10-minute stand-up in the warehouse.",
    "4I:rec:Pass customer praise on the same day.",
    "5N:com:Managers asked for a one-page summary to share with their teams.")
LEAD2 = (
    "0O::The same leaders as last round; more curious than defensive this time.",
    "1Q:com:The stand-up costs ten minutes and saves me an hour of questions.",
    "1L:rec:Passing on customer praise was easy, and people noticed.",
    "1D:pay:We still cannot give a straight answer on wages; it hurts trust.",
    "1Q:rec:I say thanks more often now. It felt strange for about a week.",
    "2O:rec:Predictions moved: several put appreciation in their top five this time.",
    "3O::Own rankings again close to the employees'.",
    "3O:pay:Wages still top of the predictions, but the spread was much wider.",
    "4Q:rec:They told us the same thing twice. Time to believe it.",
    "4I:growth:Count time spent training new colleagues as work time.",
    "4?:hr:Should we ask everyone before spending 250,000 on a fitness room?",
    "5N:pay:Get a date for the pay negotiation from the board before the next round.")
CT1 = (
    "0O::Held at 6:00, right after the night cleaning shift.",
    "1L:rec:Warehouse staff say hello now; it used to feel like we were invisible.",
    "1L:tools:The new floor machine saves an hour a night.",
    "1L:canteen:We may use the coffee machine in the canteen.",
    "1L::We get along well; most of us have worked together for years.",
    "2D:clean:The cleaning schedule does not match when the warehouse is actually empty.",
    "2D:com:Nobody tells us about events; we find the hall full of chairs at 2 am.",
    "2D:tools:We run out of supplies because orders go through three people.",
    "2D:rec:When something is missed we get a complaint by email; when it is good, nothing.",
    "2Q:rec:We are the people you only notice when we are not there.",
    "2D:deliv:Pallets block the corridor at night so we cannot clean there.",
    "2D:canteen:The canteen fridge is locked at night; we bring cold food from home.",
    "2?:shift:Can we start at 22:00 instead of 23:00?",
    "3N:com:A contact person on site who answers the phone.",
    "3N:clean:A cleaning schedule agreed with the warehouse, not only with our office.",
    "3I:tools:A supply cupboard on site that we can refill ourselves.",
    "3I:com:Put us on the email list for events in the building.",
    "3I:shift:Starting at 22:00 would let us finish before the first trucks arrive.",
    "3N:rec:Feedback when things are good, too.",
    "3Q:clean:Lise always leaves a note when something spilled. If everyone did, we'd be faster.",
    "4Q::Six years here, and this is the first meeting about us.",
    "4?:com:Will CleanTeam's office see this?")
FIELD = (
    "O:deliv:The route starts at 5:30 at the NordFragt depot; the warehouse is the third stop.",
    "O:deliv:Gate 2 was blocked by a container; the truck waited 25 minutes.",
    "D:deliv:Drivers get no warning when the warehouse changes its receiving times.",
    "Q:com:We hear about your changes from your forklift guys, never from your office.",
    "D:tools:The ramp at gate 3 is too steep for the pallet jack when it is wet.",
    "L:rec:The warehouse crew helps unload when they are not busy; that is rare elsewhere.",
    "L:tools:The new tail-lift on the NordFragt truck makes the drop at gate 3 quick.",
    "Q:rec:Karim always waves us in and has the gate ready. Best stop on the route.",
    "I:deliv:A booking system for delivery slots would stop the 7 o'clock queue.",
    "N:deliv:One phone number at the warehouse that is answered before 7.",
    "O:canteen:Drivers may not use the canteen; they eat in the cab.",
    "I:canteen:Let drivers buy coffee in the canteen.",
    "D:pay:NordFragt pays per route, so every wait costs the drivers money.",
    "Q:pay:A 25-minute wait at one gate is half my break gone.",
    "?:deliv:Why do returns have to be counted twice?",
    "O:clean:The loading area floor was slippery with cardboard dust.")
LUNCHES = (  # days from today, department, employee index, host, about, notes
    (-150, "cs", 2, "Mette Hansen", "", (
        "L:rec:Kan godt lide, at teamet fejrer gode uger med kage.",
        "D:tools:Headsettet knitrer, og det har det gjort i en måned.",
        "N:growth:Vil gerne lære mere om erhvervskunder.",
        "I:shift:Mulighed for at arbejde fra 7 til 15 i stedet for 8 til 16.",
        "?:pay:Hvordan fastsættes lønnen for nye medarbejdere?",
        "Q:rec:Jeg vil bare gerne vide, om jeg gør det godt.",
        "O::Samtalen foregik i kantinen og var meget åben.")),
    (-95, "wh", 5, "Jonas Berg", "", (
        "L:com:The Monday stand-up is the best change this year.",
        "D:shift:The night shift still gets the plan later than the day shift.",
        "N::Some flexibility while my mother is in hospital.",
        "I:tools:Label printers at each packing station.",
        "Q:pay:A raise would be nice, but I stay because of the people.",
        "L:rec:Jonas asking about my family means a lot.",
        "?:growth:Can I take the forklift course this autumn?")),
    (-60, "wh", 8, HR, "HR benefits desk", (
        "L:hr:The HR desk answered my pension question within a day.",
        "D:hr:The benefits desk is open 9-15; I work 6-14 and cannot leave the floor.",
        "I:hr:Answer questions by text message, or come to the warehouse once a month.",
        "N:hr:A clear overview of the benefits we actually have.",
        "?:hr:Is the fitness room for everyone or only for office staff?",
        "Q:hr:I found out about the health insurance after two years.",
        "D:hr:The health insurance forms are only in English; some struggle.")),
    (-10, "cs", 6, "Mette Hansen", "", (
        "L:com:Fredagsmødet giver et godt overblik.",
        "D:tools:Det nye CRM-system er udskudt igen.",
        "N:rec:Mere feedback fra min leder, ikke kun tal.",
        "I:growth:Makkerordning for nye kolleger.",
        "?:hr:Bliver der et træningslokale i bygning B?",
        "Q:shift:Vagtbytte i appen har gjort mit liv lettere.",
        "L:rec:Ugens ros om fredagen er blevet en god tradition.")))

# Orders the rankings scatter around, as positions in CLASSIC_TEN (0 appreciation, 1 in on things,
# 4 good wages …): employees want appreciation, leaders believe it is wages. By round 2 "in on
# things" is a little less pressing (stand-ups) and the leaders' guess has moved closer.
EMPLOYEES_1, EMPLOYEES_2 = "0123456789", "0213456879"
PREDICTED_1, PREDICTED_2 = "4368579021", "4368051792"
MANAGERS_OWN = "0516437289"
ACTIONS = (  # from the note containing, title, owner, due (days from today), status, comment
    ("short stand-up", "Weekly stand-up in the warehouse", "Peter Lund", -180, "done",
     "Weekly 10-minute stand-up introduced, Mondays at 7:00."),
    ("two weeks ahead, not", "Shift plan two weeks ahead", "Jonas Berg", -170, "done",
     "Shift plan now published 14 days ahead; swaps in the app."),
    ("thank-you emails", "Thank-you board", "Peter Lund", -175, "done",
     "Board by the canteen with customer praise, updated every Friday."),
    ("leveringsstatus,", "Leveringsstatus til Kundeservice", "IT support", -160, "done",
     "Lagerets leveringsstatus er nu synlig i CRM-systemet."),
    ("spread deliveries", "Ask NordFragt to spread deliveries", "Peter Lund", -150, "done",
     "Agreed with NordFragt: two waves, 6:30 and 10:00."),
    ("repeater", "Wi-Fi repeater at aisle 14", "IT support", 21, "open", ""),
    ("toasted sandwich", "Something hot for the late shift", HR, 45, "in_progress", ""),
    ("date for the pay", "A date for the pay negotiation", "Management team", -12, "open", ""),
    ("schedule agreed", "Cleaning schedule agreed with the warehouse", HR, 10, "open", ""),
    ("booking system", "Delivery slot booking with NordFragt", "Peter Lund", 60, "open", ""))


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


class _Demo:
    def __init__(self, ws: Workspace, today: date):
        self.ws, self.today, self.rng = ws, today, random.Random(SEED)
        self.first: list[object] = []  # departments, participants, themes (and a needs list)
        self.sessions, self.guide, self.notes = [], [], []
        self.rankings, self.entries, self.links, self.tags = [], [], [], []
        found = [n for n in repository.find(ws, model.NeedsList) if n.name == CLASSIC_TEN_NAME]
        self.classic = found[0] if found else model.NeedsList(CLASSIC_TEN_NAME)
        items = [i for i in repository.find(ws, model.NeedsItem) if i.list_id == self.classic.id]
        if not found:  # the built-in list was renamed or removed: bring a fresh copy
            items = [model.NeedsItem(self.classic.id, d.key, d.label_en, d.label_da, pos)
                     for pos, d in enumerate(CLASSIC_TEN, start=1)]
            self.first += [self.classic, *items]
        self.items = {i.key: i for i in items}

    def day(self, days: int, after: date | None = None) -> date:
        """``days`` after ``after`` (today), or the Monday after that if it falls on a weekend."""
        day = (after or self.today) + timedelta(days=days)
        return day + timedelta(days=7 - day.weekday() if day.weekday() >= 5 else 0)

    def speaker(self, kind: str, text: str, people: list[model.Participant]) -> str | None:
        if kind == "O" or (len(people) > 1 and self.rng.random() < 0.12):
            return None  # the facilitator's observation, or said by the group
        pool = [p for p in people if not (p.name and p.name.split()[0] in text)]  # not the quoted
        return self.rng.choice(pool or people).id

    def held(self, title: str, kind: SessionKind, dept: model.Department | None, day: date,
             people: list[model.Participant], script: tuple[str, ...], *, guide=(),
             about: str = "", host: str = HR, hour: int = 8, minutes: int = 0) -> model.Session:
        """A closed session with its guide, participants and notes (times increase through it)."""
        sid, start = model.new_id(), _at(day, hour)
        items = [model.GuideItem(sid, text, pos, mins)
                 for pos, (text, mins) in enumerate(guide, start=1)]
        starts = [sum(m for _, m in guide[:i]) * 60 for i in range(len(guide))]
        minutes, t = minutes or sum(m for _, m in guide), 0
        for count, line in enumerate(script):
            code, themes, text = line.split(":", 2)
            item = items[int(code[0])] if items else None
            if kind is SessionKind.LUNCH_INTERVIEW:  # written up right after lunch
                offset, moment = None, start + timedelta(minutes=minutes, seconds=40 * count)
            else:
                step = self.rng.randint(20, 100) if items else self.rng.randint(300, 900)
                t = max(t, starts[int(code[0])] if items else 0) + step
                offset, moment = t, start + timedelta(seconds=t)
            note = model.Note(sid, text, KINDS[code[-1]], self.speaker(code[-1], text, people),
                              item and item.id, offset, created_at=moment, updated_at=moment)
            self.notes.append(note)
            if themes:
                self.tags.append((note.id, [self.themes[k].id for k in themes.split(",")]))
        end = start + timedelta(seconds=max(minutes * 60, t + 120))
        session = model.Session(title, kind, model.SessionStatus.CLOSED, day,
                                dept.id if dept else None, host, about, start, end, id=sid,
                                created_at=_at(day - timedelta(days=10), 9))
        self.sessions.append(session)
        self.guide += items
        self.links.append((sid, [p.id for p in people]))
        return session

    def rank(self, person: model.Participant, session: model.Session, perspective: Perspective,
             order: str, *, partial: bool = False, tie: bool = False) -> None:
        """One person's ranking: ``order`` with a few neighbours swapped, maybe only the top 3."""
        rng, keys = self.rng, [CLASSIC_TEN[int(c)].key for c in order]
        for _ in range(rng.randint(1, 4)):
            i = rng.randrange(len(keys) - 1)
            keys[i], keys[i + 1] = keys[i + 1], keys[i]
        if rng.random() < 0.4:  # and one item moved two places
            i = rng.randrange(len(keys))
            keys.insert(min(len(keys) - 1, max(0, i + rng.choice((-2, 2)))), keys.pop(i))
        if partial or rng.random() < 0.1:
            keys = keys[:3]
        tied = rng.randrange(1, len(keys)) if tie else -1  # "these two matter the same to me"
        ranks = [i if i == tied else i + 1 for i in range(len(keys))]  # 1, 2, 2, 4, …
        ranking = model.Ranking(self.classic.id, person.id, perspective, session.id,
                                created_at=session.started_at + timedelta(minutes=55))
        self.rankings.append(ranking)
        self.entries += [model.RankingEntry(ranking.id, self.items[k].id, r)
                         for k, r in zip(keys, ranks, strict=True)]

    def build(self) -> dict[str, int]:
        rng, day, fg = self.rng, self.day, SessionKind.FOCUS_GROUP
        founded = _at(day(-300), 9)
        deps = {key: model.Department(name, model.DepartmentKind(kind), cadence, created_at=founded)
                for key, name, kind, cadence in DEPARTMENTS}
        people: dict[tuple[str | None, str], list[model.Participant]] = {}
        for dkey, role, count, names in PEOPLE:  # codes P-001, P-002, …
            first = sum(map(len, people.values())) + 1
            people[(dkey, role)] = [model.Participant(
                f"P-{first + i:03d}", Role(role), names[i] if i < len(names) else None,
                deps[dkey].id if dkey else None, created_at=founded) for i in range(count)]
        self.themes = {k: model.Theme(name, created_at=founded) for k, name in THEMES.items()}
        everyone = [p for group in people.values() for p in group]
        self.first += [*deps.values(), *everyone, *self.themes.values()]
        leaders = [p for k in (("wh", "supervisor"), ("wh", "manager"), ("cs", "supervisor"),
                               ("cs", "manager"), (None, "manager")) for p in people[k]]

        self.held("CleanTeam focus group", fg, deps["ct"], day(-265),
                  people[("ct", "employee")] + people[("ct", "supervisor")], CT1, guide=GUIDE_CT,
                  about="Cleaning schedules", hour=5)
        rounds = ((1, -212, WH1, CS1, LEAD1, EMPLOYEES_1, PREDICTED_1),
                  (2, -33, WH2, CS2, LEAD2, EMPLOYEES_2, PREDICTED_2))
        for n, days, wh_notes, cs_notes, lead_notes, own, predicted in rounds:
            wh = rng.sample(people[("wh", "employee")], 6 + n)
            s = self.held(f"Warehouse focus group, round {n}", fg, deps["wh"], day(days), wh,
                          wh_notes, guide=GUIDE_EN)
            for i, p in enumerate(wh):
                self.rank(p, s, Perspective.OWN, own, tie=(n, i) == (1, 2))
            cs = rng.sample(people[("cs", "employee")], 5 + n)
            s = self.held(f"Fokusgruppe Kundeservice, runde {n}", fg, deps["cs"], day(1, s.date),
                          cs, cs_notes, guide=GUIDE_DA, host="Mette Hansen", hour=7)
            for i, p in enumerate(cs):
                self.rank(p, s, Perspective.OWN, own, tie=(n, i) == (2, 1))
            s = self.held(f"Leaders' ranking session, round {n}", fg, None, day(2, s.date),
                          leaders, lead_notes, guide=GUIDE_LEAD, hour=12)
            for p in leaders:
                self.rank(p, s, Perspective.PREDICTED, predicted)
                if p.role is Role.MANAGER:
                    self.rank(p, s, Perspective.OWN, MANAGERS_OWN)
        self.held("Ride-along with NordFragt drivers", SessionKind.FIELD_VISIT, deps["nf"],
                  day(-45), people[("nf", "employee")], FIELD, about="Deliveries from NordFragt",
                  host="Peter Lund", hour=4, minutes=240)
        held: dict[str, int] = {}
        for days, dkey, index, host, about, notes in LUNCHES:
            p = people[(dkey, "employee")][index]
            held[dkey] = held.get(dkey, 0) + 1  # titles never name the person
            title = f"{'Frokostsamtale' if dkey == 'cs' else 'Lunch interview'} {held[dkey]}"
            s = self.held(title, SessionKind.LUNCH_INTERVIEW, deps[dkey], day(days), [p], notes,
                          about=about, host=host, hour=11, minutes=45)
            self.rank(p, s, Perspective.OWN, EMPLOYEES_2 if days > -33 else EMPLOYEES_1,
                      partial=True)
        planned = model.Session("CleanTeam focus group, round 2", fg, date=day(16), facilitator=HR,
                                department_id=deps["ct"].id, about="Cleaning schedules",
                                created_at=_at(day(-3), 10))  # planned, in a fortnight
        self.sessions.append(planned)
        self.guide += [model.GuideItem(planned.id, text, pos, mins)
                       for pos, (text, mins) in enumerate(GUIDE_CT, start=1)]
        self.links.append((planned.id, [p.id for p in people[("ct", "employee")]]))
        actions = []
        for needle, title, owner, due, status, comment in ACTIONS:
            note = next(n for n in self.notes if needle in n.text.lower())
            dept = next(s.department_id for s in self.sessions if s.id == note.session_id)
            created = note.created_at + timedelta(days=1)
            done = _at(self.today + timedelta(days=due), 14) if status == "done" else created
            actions.append(model.Action(
                title, owner, self.today + timedelta(days=due), model.ActionStatus(status),
                note.id, note.session_id, dept, comment, created_at=created,
                updated_at=max(created, done)))
        initiative = model.Initiative("Fitness room in building B", "Turn the old archive in "
                                      "building B into a fitness room open to all shifts. Put to "
                                      "the sessions before any money is spent.", 250000.0,
                                      created_at=_at(day(-70), 10))
        with repository.atomic(self.ws):  # one transaction: never half a demo
            repository.save_all(self.ws, self.first)
            repository.save_all(self.ws, [*self.sessions, *self.guide, *self.notes])
            for session_id, participant_ids in self.links:
                queries.add_session_participants(self.ws, session_id, participant_ids)
            for note_id, theme_ids in self.tags:
                queries.tag_note(self.ws, note_id, theme_ids)
            repository.save_all(self.ws, [*self.rankings, *self.entries, *actions, initiative])
        counts = queries.table_counts(self.ws)  # what is really in the file now
        return {table: n for table, n in counts.items() if not table.startswith("needs_")}


def build_demo(ws: Workspace, today: date | None = None) -> dict[str, int]:
    """Fill a freshly created workspace with a realistic, deterministic demo; return the counts."""
    return _Demo(ws, today or date.today()).build()
