"""The people and the words of the sample journal (see :mod:`peerjournal.demo.sample`).

Notes are first person, plain and ordinary: what someone might jot down, not a case file.
"""

from __future__ import annotations

from peerjournal.core.records import Person
from peerjournal.core.vocabulary import Closeness, ContactMode, HelpKind
from peerjournal.core.vocabulary import Relationship as Rel

# Indexes into PEOPLE.
MUM, DAD, JESS, PRIYA, TOM, NADIA, SAM, MARCUS, BEV, CHLOE, GP, RACHEL, DEV = range(13)


def _person(name: str, rel: Rel, closeness: Closeness, *kinds: HelpKind, notes: str = "") -> Person:
    return Person(name=name, relationship=rel, closeness=closeness,
                  help_kinds=frozenset(kinds), notes=notes)


PEOPLE: tuple[Person, ...] = (
    _person("Mum", Rel.FAMILY, Closeness.CLOSE, HelpKind.EMOTIONAL, HelpKind.PRACTICAL,
            notes="Rings most Sunday evenings. Good to talk to when I'm worried."),
    _person("Dad", Rel.FAMILY, Closeness.MIDDLE, HelpKind.PRACTICAL, HelpKind.ADVICE),
    _person("Jess (sister)", Rel.FAMILY, Closeness.CLOSE, HelpKind.EMOTIONAL, HelpKind.COMPANY),
    _person("Priya", Rel.FRIEND, Closeness.CLOSE, HelpKind.EMOTIONAL, HelpKind.COMPANY,
            HelpKind.CRISIS, notes="Says I can text any time, even late."),
    _person("Tom", Rel.FRIEND, Closeness.MIDDLE, HelpKind.COMPANY),
    _person("Nadia", Rel.FRIEND, Closeness.OUTER, HelpKind.COMPANY, HelpKind.ADVICE),
    _person("Sam (neighbour)", Rel.NEIGHBOUR, Closeness.OUTER, HelpKind.PRACTICAL),
    _person("Marcus", Rel.PEER, Closeness.MIDDLE, HelpKind.EMOTIONAL, HelpKind.ADVICE),
    _person("Bev", Rel.PEER, Closeness.OUTER, HelpKind.COMPANY),
    _person("Chloe (bookshop)", Rel.COLLEAGUE, Closeness.OUTER, HelpKind.COMPANY),
    _person("Dr Okafor (GP)", Rel.PROFESSIONAL, Closeness.OUTER, HelpKind.ADVICE),
    _person("Rachel (care coordinator)", Rel.PROFESSIONAL, Closeness.MIDDLE, HelpKind.ADVICE,
            HelpKind.PRACTICAL, HelpKind.CRISIS),
    _person("Dev (peer worker)", Rel.PROFESSIONAL, Closeness.MIDDLE, HelpKind.EMOTIONAL,
            HelpKind.ADVICE, notes="Runs the Tuesday group. Easy to talk to."),
)
# How notes name each person.
SHORT_NAMES = ("Mum", "Dad", "Jess", "Priya", "Tom", "Nadia", "Sam", "Marcus", "Bev", "Chloe",
               "Dr Okafor", "Rachel", "Dev")

# Feelings that fit each mood, all from DEFAULT_FEELINGS.
FEELINGS_BY_MOOD: dict[int, tuple[str, ...]] = {
    1: ("low", "numb", "sad", "overwhelmed", "anxious", "tired", "lonely"),
    2: ("tired", "anxious", "worried", "sad", "low", "irritable", "stressed", "restless"),
    3: ("calm", "tired", "content", "restless", "worried", "hopeful"),
    4: ("calm", "content", "hopeful", "grateful", "connected", "relieved"),
    5: ("content", "hopeful", "grateful", "proud", "connected", "excited"),
}

MORNING_NOTES: dict[str, tuple[str, ...]] = {
    "low": (
        "Didn't sleep well. Taking it slowly.",
        "Woke up with a knot in my stomach.",
        "Wobbly morning. Making a list of small things.",
        "Hard to get up today. Tea first, then see.",
    ),
    "mid": (
        "Slow start. Tea first.",
        "Woke up okay. Not sure about the day yet.",
        "Bit groggy, but here.",
    ),
    "high": (
        "Slept well for once. Feel more like myself.",
        "Woke up early and watched the sky go light.",
        "Looking forward to today.",
    ),
}
EVENING_NOTES: dict[str, tuple[str, ...]] = {
    "low": (
        "Hard day. Stayed in, and that was okay.",
        "Everything felt heavy today. Having a bath and an early night.",
        "Struggled to get going. Managed a shower and some toast, which counts.",
        "On edge most of the day. Put the radio on for company.",
        "Cancelled plans. I'll try again next week.",
        "Made a list of small things and did two of them.",
    ),
    "mid": (
        "Ordinary day. Did the washing and watched a film.",
        "Tired but okay.",
        "Bit restless this afternoon. A walk would probably have helped.",
        "Quiet day at home. Made soup.",
        "Slow start, better by the evening.",
        "Paid a bill I'd been putting off. Relieved it's done.",
    ),
    "high": (
        "Good day. The sun was out and I actually noticed it.",
        "Got a few jobs done and still had energy left.",
        "Laughed properly today.",
        "Proud I kept going this week.",
    ),
}
WITH_NOTES = (
    "Walked to the shop with {name}, felt a bit lighter.",
    "Coffee with {name}. Nice to just talk.",
    "Time with {name} today. Glad I made the effort.",
)
GROUP_NOTES = (
    "Group tonight. Something someone said really stuck with me.",
    "Nice to be back at group. People remembered what I said last week.",
    "Quiet at group, but I was glad to be in the room.",
)
SUPPORT_NOTES = (
    "{name} checked in on me. It helped a little.",
    "Talked to {name}. Things felt more manageable after.",
    "Still finding it hard. {name} reminded me this has passed before.",
)

CONTACT_NOTES: dict[ContactMode, tuple[str, ...]] = {
    ContactMode.IN_PERSON: ("Met for a coffee in town.", "Went round for a cup of tea.",
                            "Bumped into each other at the shop and had a proper chat."),
    ContactMode.PHONE: ("Good catch-up.", "Short call, but nice to hear a voice."),
    ContactMode.VIDEO: ("Caught up over video.", "Nice to see a face."),
    ContactMode.MESSAGE: ("Few messages back and forth.", "Sent a silly photo, made me smile.",
                          "Arranged to meet next week.", "Nice to be thought of."),
    ContactMode.ONLINE_GROUP: ("Joined the group video call for a bit.",),
}
# Notes for the regular contacts with one person (Mum's Sunday call, Rachel's check-ins...).
PERSON_NOTES: dict[int, tuple[str, ...]] = {
    MUM: ("Talked about the garden and her knee.", "Long chat. She sounded well."),
    JESS: ("Video call with Jess. The kids waved at me.",),
    SAM: ("Sam took a parcel in for me. Chatted over the fence.",),
    RACHEL: ("Check-in with Rachel. We looked at my plan together.",
             "Rachel helped me with the form for my benefits review."),
    DEV: ("Dev rang to see how I was doing. Felt listened to.",),
    GP: ("Talked about sleep. Going to try a few changes first.",),
}

WALKS = ("Walk in the park", "Walk along the canal", "Short walk round the block",
         "Walk up to the allotments")
HOBBIES = ("Sketching", "Baked bread", "Guitar practice", "Jigsaw", "Crochet")
ACTIVITY_NOTES: dict[str, tuple[str, ...]] = {
    "Group / club": ("We talked about sleep routines. Some useful tips.", "Good turnout tonight."),
    "Volunteering": ("Sorted tins for an hour. Nice to be useful.", "Busy shift, time flew."),
    "Learning": ("Learned about the stress bucket idea. Makes sense to me.",
                 "Bit nervous to speak, but I did."),
    "Outdoors": ("Saw a heron.", "Fresh air helped.", "Cold but bright. Glad I went out."),
    "Hobby / creative": ("Made something I'm quite pleased with.",
                         "Lost track of time, in a good way."),
    "Exercise": ("Only a few lengths, but I went.",),
    "Work": ("Steady shift.", "Quiet in the shop. Had time to tidy the shelves."),
}
