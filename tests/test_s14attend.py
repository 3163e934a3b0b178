"""Attendance layout classes of minutes from several kinds of body (session 14): Welsh labels ('PRESENNOL', 'WRTH LAW',
'YMDDIHEURIADAU', the shared 'Y Cynghorwyr', digraph initials 'R.Ll.', 'Ymddiheurodd y Cynghorydd ...'), 'Officials in
attendance' / 'Non-Members also present' / 'OTHER MEMBERS' / 'Guests' labels, a present list parted into titled groups a
paragraph each ('The Right Worshipful The Mayor Councillor A', 'Aldermen B and C', 'Councillors D, E'), apologies 'had
been received as follows:', 'accepted and recorded on behalf of', 'resolved to accept apologies from', a numbered
'NNNN: Apologies for Absence:' heading, a glued 'Name-Vice Chairman' post, a 'Clerk - Name' line under a closed list, a
full stop typed for a list's semicolon. Our own invented words and names."""

import pytest

from extractors.readers.names import looks_like_name
from test_attendance_round3 import HEAD, attendance_of as listed, roles_of

WELSH_HEAD = "Cyngor Sir Aberfoel\n\nCofnodion y Cyfarfod a gynhaliwyd ar 4 Mawrth 2025\n\n"
PR, AP, IA = "present", "apologies", "in_attendance"

WELSH = (
    "PRESENNOL:\n\nY Cynghorydd D. Wyn Prys - Cadeirydd\n\n"
    "Y Cynghorwyr C.D.Rees; Eifion Morgan; G.H.Owen;\n\nHuw Tomos; R.Ll.Hughes; I.J. Parri OBE.\n\n"
    "WRTH LAW:\n\nPrif Weithredwr;\nSwyddog Pwyllgor (KL).\n\n"
    "YMDDIHEURIADAU:\n\nY Cynghorwyr M.N. Evans, C.Ll. Pugh,\n\nR.S. Roberts MBE.\n\n1\nDATGANIAD O DDIDDORDEB\n"
)
GROUPS = (
    "PRESENT: Councillor D Hale (Chairman)\n\nThe Right Worshipful The Mayor Councillor F Brook\n\n"
    "Aldermen G H Tallis MBE, J Marsh and K L Penrose\n\nCouncillors M Adley, N O Quill and S Tarrant\n\n"
    "OTHER MEMBERS: Councillor T Vance\n\nIN ATTENDANCE: Chief Executive\n\nCommencement of Meeting\n\n"
    "The Chairman welcomed everyone.\n\n1. Apologies\n\n"
    "An apology for non-attendance at the meeting was accepted and recorded on behalf of the Deputy Mayor, Councillor X Zeal.\n"
)
OFFICIALS = (
    "Present:\n\nMr A Lowe, Mrs B Ray\n\nNon-Members also present:-\n\nMrs C Dee, Mr T Hale\n\n"
    "Officials in attendance:\n\nMs A Park, Head of Policy, Chief Executive's Office\n"
    "Mrs L Dunn, Principal Administrator, Corporate Resources Service\n\n"
    "Also in attendance:\n\nChief Superintendent P Rowe, Area Commander, Northshire Police\n"
    "Mr J Kent, Director of Communications, Northshire Police Authority\n\n1. Apologies\n\nNone.\n"
)
AS_FOLLOWS = (
    "2.\n\nApologies for absence\n\nMinutes:\n\nApologies for absence had been received as follows:\n\n"
    "Cllr Ann Lowe (Cllr Bob Ray attended as substitute)\n\nCllr Cy Sim\n\nCllrs Di Poe and Ed Hale (Westvale Council)\n\n3.\n\nMinutes\n"
)
NUMBERED = (
    "Present: Ann Lowe-Chairman (AL), Bob Ray (BR), Cath Sim-Vice Chairman (CS) and Dan Poe (DP).\n"
    "In attendance:\nEve Hale – Clerk\n2895: Apologies for Absence:\nFay Dunn – unwell\nGus Kerr – family commitment\n"
    "2896: Members' Declaration of Interest:\nNone.\n"
)

# (the page's text, its heading, attendees it gives, names it must not give)
CASES = {
    "presennol: members present under the shared Welsh title": (WELSH, WELSH_HEAD, {
        ("Y Cynghorydd D. Wyn Prys", PR), ("Y Cynghorydd C.D.Rees", PR), ("Y Cynghorydd Huw Tomos", PR),
        ("Y Cynghorydd R.Ll.Hughes", PR), ("Y Cynghorydd I.J. Parri OBE", PR)}, ()),
    "ymddiheuriadau: apologies across wrapped lines, digraph initials; wrth law: posts name nobody": (WELSH, WELSH_HEAD, {
        ("Y Cynghorydd M.N. Evans", AP), ("Y Cynghorydd C.Ll. Pugh", AP), ("Y Cynghorydd R.S. Roberts MBE", AP)},
        ("Swyddog Pwyllgor", "Prif Weithredwr")),
    "a Welsh apology sentence": (
        "1.\n\nYmddiheuriadau\n\nCofnodion:\n\nYmddiheurodd y Cynghorydd Alun Prys am ei anallu i fynychu.\n", WELSH_HEAD,
        {("Cynghorydd Alun Prys", AP)}, ("Y Cynghorydd Alun Prys",)),
    "a stop typed for the list's semicolon": (
        "Present: Councillors Ann Lowe; Bob Ray. Cy Sim; Di Poe;\nEd Hale.\n", HEAD,
        {("Councillor Bob Ray", PR), ("Councillor Cy Sim", PR), ("Councillor Ed Hale", PR)}, ()),
    "a stop before a sentence still ends the list": (
        "Present: Councillors Ann Lowe and Bob Ray. Cy Sim opened the meeting.\n", HEAD,
        {("Councillor Bob Ray", PR)}, ("Councillor Cy Sim", "Cy Sim")),
    "officials, non-members and posts a line with their service": (OFFICIALS, HEAD, {
        ("Mrs C Dee", IA), ("Mr T Hale", IA), ("Ms A Park", IA), ("Mrs L Dunn", IA),
        ("Chief Superintendent P Rowe", IA), ("Mr J Kent", IA)}, ()),
    "guests": (
        "Present: Ann Lowe (Chair), Bob Ray\n\nApologies: Cllr. Cy Sim\n\nGuests: Dan Poe\n\nMeeting opened at 7.45pm\n", HEAD,
        {("Dan Poe", IA), ("Cllr. Cy Sim", AP)}, ()),
    "titled groups a paragraph each under present; other members": (GROUPS, HEAD, {
        ("Councillor D Hale", PR), ("Councillor F Brook", PR), ("Alderman G H Tallis MBE", PR),
        ("Alderman K L Penrose", PR), ("Councillor M Adley", PR), ("Councillor S Tarrant", PR),
        ("Councillor T Vance", IA)}, ("Chief Executive",)),
    "an apology accepted and recorded on behalf of": (GROUPS, HEAD, {("Councillor X Zeal", AP)}, ("the Deputy Mayor",)),
    "a plural sentence after a present list is no group": (
        "PRESENT: Councillor D Hale (Chairman)\n\nCouncillors Ray and Sim declared an interest in item 4.\n", HEAD,
        {("Councillor D Hale", PR)}, ("Councillor Ray", "Councillor Sim")),
    "apologies received as follows, one a line, substitutes in brackets": (AS_FOLLOWS, HEAD, {
        ("Cllr Ann Lowe", AP), ("Cllr Cy Sim", AP), ("Cllr Di Poe", AP), ("Cllr Ed Hale", AP), ("Cllr Bob Ray", PR)}, ()),
    "resolved to accept apologies from": (
        "22. Apologies\nIt was resolved without dissent to accept apologies from Cllrs F Dunn and G Kerr.\n", HEAD,
        {("Cllr F Dunn", AP), ("Cllr G Kerr", AP)}, ()),
    "a numbered apologies heading with a colon; a chair's post glued by a hyphen": (NUMBERED, HEAD, {
        ("Ann Lowe", PR), ("Cath Sim", PR), ("Eve Hale", IA), ("Fay Dunn", AP), ("Gus Kerr", AP)},
        ("Ann Lowe-Chairman", "Cath Sim-Vice Chairman")),
    "titled groups a line each, no blank lines between": (GROUPS.replace("\n\n", "\n"), HEAD, {
        ("Councillor F Brook", PR), ("Alderman G H Tallis MBE", PR), ("Alderman J Marsh", PR), ("Councillor M Adley", PR),
        ("Councillor T Vance", IA)}, ("Councillor F Brook Aldermen G H",)),
    "a civic group line first under a bare present label; non-committee members": (
        "PRESENT:\n\nThe Mayor Councillor A Lowe (Chairman)\n\nCouncillors D Poe and F Dunn\n\n"
        "Non-Committee Members present: Councillor G Ray\n\n1. Minutes\n\nAgreed.\n", HEAD,
        {("Councillor A Lowe", PR), ("Councillor D Poe", PR), ("Councillor F Dunn", PR), ("Councillor G Ray", IA)}, ()),
    "a plural sentence on the line after a present list": (
        "PRESENT: Councillors D Poe, E Hale and F Dunn\nCouncillors G Kerr and H Moss sent apologies.\n1. Minutes\nAgreed.\n", HEAD,
        {("Councillor F Dunn", PR), ("Councillor G Kerr", AP), ("Councillor H Moss", AP)}, ("Councillor F Dunn Councillors G Kerr",)),
    "a post's sentence after a run-on in-attendance list, no blank lines": (
        "PRESENT: Councillor D Hale (Chairman)\nIN ATTENDANCE: Elmbridge & Westholm City Council\nChief Executive Head of Estates\n"
        "Commencement of Meeting\nThe Chairman, Councillor D Hale, welcomed everyone.\n1. Apologies\nNone.\n", HEAD,
        {("Councillor D Hale", PR)}, ()),
    "a clerk's line after a closed present list": (
        "Present:\nCllrs A Lowe (Chair), B Ray (Vice-Chair) C Sim, and D Poe.\nClerk - E Hale.\nPublic Forum\n", HEAD,
        {("Cllr D Poe", PR), ("E Hale", IA)}, ()),
}


@pytest.mark.parametrize("case", list(CASES))
def test_layout_class(case):
    text, head, expected, absent = CASES[case]
    found = set(listed(text, head))
    assert expected <= found
    assert not {(name, kind) for name, kind in found if (name, PR) in expected and kind != PR}
    assert not {name for name, _ in found} & set(absent)


def test_the_present_list_of_a_wrth_law_page_gives_no_one_in_attendance():
    assert not any(kind == IA for _, kind in listed(WELSH, WELSH_HEAD))


def test_welsh_digraph_initials_make_a_name():
    assert looks_like_name("R.Ll.Hughes") and looks_like_name("Y Cynghorydd C.Rh. Owen")


def test_a_welsh_page_in_capitals_keeps_its_digraph_initials():
    found = listed(WELSH.upper(), WELSH_HEAD.upper())
    assert ("Y CYNGHORYDD R.LL.HUGHES", PR) in found and ("Y CYNGHORYDD C.LL. PUGH", AP) in found


def test_a_vice_chair_post_keeps_its_hyphen():
    assert roles_of("Present: Cllrs A Lowe (Chair), B Ray (Vice-Chair), C Sim and D Poe.\n")["Cllr B Ray"] == "Vice-Chair"
