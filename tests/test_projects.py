from decimal import Decimal

from extractors.grants.funding_layout import FundingLayout
from extractors.grants.projects import find_mentions, merge, name_words, same_project
from funding_helpers import document


def projects(text, tables=None):
    layout = FundingLayout(document(text, tables=tables))
    merged, _ = merge(find_mentions(layout, set()))
    return [(p.name, p.amount, p.financial_year, p.pot, p.status, p.recipient) for p in merged]


def test_bullet_list_with_lead_in_status_pot_and_year():
    text = (
        "4.0 Safer Communities Fund 2024/25\n\n"
        "4.1 A quarter of the grant (£10,000) sits in a tactical pot.\n\n"
        "4.2 The board endorsed three bids and passed them to the Commissioner for approval:\n"
        "• Street Pastors Night Patrols (£3,250)\n"
        "• Youth Boxing Outreach – £2,000\n"
        "• Shop Watch Radios (approx. £1,500) and\n"
    )
    assert projects(text) == [
        ("Street Pastors Night Patrols", Decimal("3250"), "2024/25", "tactical", "recommended", None),
        ("Youth Boxing Outreach", Decimal("2000"), "2024/25", "tactical", "recommended", None),
        ("Shop Watch Radios", Decimal("1500"), "2024/25", "tactical", "recommended", None),
    ]


def test_pdf_wrapped_items_and_footers_between_pages():
    page_one = (
        "2.2 The PCC approved upfront spending of £9,100 on the following projects:\n"
        "• Neighbourhood Watch Signage and Community\nEngagement Packs (£4,100)\nPage 3"
    )
    page_two = "• Rural Crime\nAwareness Roadshow (£5,000)\n2.3 Other business.\n"
    names = [(p[0], p[1], p[3], p[4]) for p in projects_pages(page_one, page_two)]
    assert names == [
        ("Neighbourhood Watch Signage and Community Engagement Packs", Decimal("4100"), "upfront", "approved"),
        ("Rural Crime Awareness Roadshow", Decimal("5000"), "upfront", "approved"),
    ]


def projects_pages(*pages):
    merged, _ = merge(find_mentions(FundingLayout(document(*pages)), set()))
    return [(p.name, p.amount, p.financial_year, p.pot, p.status) for p in merged]


def test_decisions_in_other_layouts_name_the_recipient():
    text = (
        "Decision 2024/031\n\n"
        "To award Runnymede Borough Council £4,800 to deliver a youth diversion programme in Addlestone.\n"
        "The Commissioner approved a grant of £12,500 to Safer Streets Partnership for a CCTV upgrade.\n"
        "£3,000 has been awarded to Surrey Youth Focus for detached youth work.\n"
        "It is recommended that the Commissioner awards Elmbridge CSP £2,200 for a knife amnesty.\n"
    )
    found = projects(text)
    assert [(p[0], p[1], p[4], p[5]) for p in found] == [
        ("Runnymede Borough Council – a youth diversion programme in Addlestone", Decimal("4800"), "approved", "Runnymede Borough Council"),
        ("Safer Streets Partnership – a CCTV upgrade", Decimal("12500"), "approved", "Safer Streets Partnership"),
        ("Surrey Youth Focus – detached youth work", Decimal("3000"), "approved", "Surrey Youth Focus"),
        ("Elmbridge CSP – a knife amnesty", Decimal("2200"), "recommended", "Elmbridge CSP"),
    ]


def test_grant_to_the_partnership_itself_is_not_a_project():
    assert projects("The PCC allocated £39,661 grant funding to the Partnership to fund projects in 2022/23.\n") == []


def test_pipe_table_and_parsed_table_rows():
    text = (
        "The following projects were approved for 2024/25:\n\n"
        "| Project | Organisation | Amount |\n|---|---|---|\n"
        "| Street Angels | Woking Churches | £2,500 |\n| Knife Crime Awareness | Guildford BC | £1,250.50 |\n"
        "| Total | | £3,750.50 |\n"
    )
    assert projects(text) == [
        ("Street Angels", Decimal("2500"), "2024/25", None, "approved", "Woking Churches"),
        ("Knife Crime Awareness", Decimal("1250.50"), "2024/25", None, "approved", "Guildford BC"),
    ]
    ruled = {0: [[["Scheme", "Lead partner", "Grant (£)"], ["Bike Marking", "Police", "1,200"], ["Total", "", "1,200"]]]}
    found = projects("Scheme Lead partner Grant (£)\nBike Marking Police 1,200\nTotal 1,200\n", tables=ruled)
    assert [(p[0], p[1], p[5]) for p in found] == [("Bike Marking", Decimal("1200"), "Police")]


def test_bold_items_with_progress_updates_and_withdrawn_heading():
    text = (
        "2.0 Funding 2023/24\n\n"
        "2.1 The following are brief progress updates:\n\n"
        "- **Safe Haven Cafes (£2,000)**\n\nThe cafes opened in June and are currently open weekly.\n\n"
        "- **Youth Summit (£1,500)**\n\nThe summit took place in March with 200 pupils.\n\n"
        "- **Online Safety Toolkit (£900)**\n\nSchools have the toolkit.\n\n"
        "Appendix 1: Projects\n\n- **WITHDRAWN: Online Safety Toolkit**\n"
    )
    assert [(p[0], p[4]) for p in projects(text)] == [
        ("Safe Haven Cafes", "in_progress"),
        ("Youth Summit", "completed"),
        ("Online Safety Toolkit", "withdrawn"),
    ]


def test_statement_after_the_list_and_conditional_approval():
    approved = "The bids were shortlisted for approval. The bids are:\n- Dog Fouling Patrols (£700)\nAll projects have now received approval from the PCC and leads were told.\n"
    assert projects(approved)[0][4] == "approved"
    conditional = "The group supported two bids:\n- Dog Fouling Patrols (£700)\nIf all projects are approved by the PCC, £10 will remain.\n"
    assert projects(conditional)[0][4] == "recommended"


def test_mentions_merge_despite_small_name_differences():
    text = (
        "1.0 Funding 2025/26\n\nThe PCC approved funding for:\n"
        "- British Sign Language (BSL) Interpretation to TEPO – Doorstep Crime and Scams Modules (£5,500)\n"
        "- The Anti-Racist School (£1,950)\n- Teacher in Your Pocket (TEPO) – Scams Module (£5,223)\n\n"
        "Appendix 2: Summary of Projects\n\n"
        "- **British Sign Language interpretation to TEPO (teacher in your pocket) modules - Doorstep Crime and Scams (£5,500)**\n"
        "Funding to add interpretation.\n- **The Anti Racist School (£1,950)**\nVideo-based training.\n"
    )
    found = projects(text)
    assert [p[0] for p in found] == [
        "British Sign Language (BSL) Interpretation to TEPO – Doorstep Crime and Scams Modules",
        "The Anti-Racist School",
        "Teacher in Your Pocket (TEPO) – Scams Module",
    ]


def test_name_similarity_keeps_different_projects_apart():
    acronyms = {"tepo": {"teacher", "your", "pocket"}}
    scams = name_words("Teacher in Your Pocket (TEPO) – Scams Module", acronyms)
    bsl = name_words("British Sign Language (BSL) Interpretation to TEPO – Doorstep Crime and Scams Modules", acronyms)
    assert not same_project(scams, bsl)
    assert not same_project(name_words("Hateful Extremism CPD Event", {}), name_words("Hateful Extremism Learning Event", {}))
    assert same_project(name_words("VAWG training sessions", {"vawg": {"violence", "against", "women", "girls"}}),
                        name_words("Violence Against Women and Girls (VAWG) training sessions", {}))


def test_malformed_amount_keeps_printed_text_and_no_value():
    layout = FundingLayout(document("Seven projects were recommended:\n• Expert ASB training (£6,00)\n"))
    (mention,) = find_mentions(layout, set())
    assert mention.amount is None and mention.amount_text == "£6,00" and mention.malformed


def test_same_project_with_pence_and_without_keeps_the_precise_figure_and_flags_it():
    text = "Approved:\n- Champions Packs (£3,703)\n\nUpdates:\n- Champions Packs (£3,703.20)\n"
    merged, flags = merge(find_mentions(FundingLayout(document(text)), set()))
    assert merged[0].amount == Decimal("3703.20") and len(merged[0].mentions) == 2
    assert [(f.check, f.result) for f in flags] == [("amounts_differ_between_mentions", "rounding")]


def test_plain_lists_without_money_are_not_projects():
    text = "Priorities:\n- Reduce ASB and crime\n- Road Safety\n"
    assert projects(text) == []


def test_decision_notice_list_names_each_award_by_its_heading():
    text = (
        "For 2024/25 the Commissioner has made available £275,000 for the Community Safety Fund.\n\n"
        "Applications for Decision\n\n"
        "Castlebridge Borough Council – Mobile CCTV\n"
        "To award Castlebridge Borough Council £3,900 to purchase a re-deployable CCTV camera.\n\n"
        "Castlebridge Borough Council – Personal Safety Workshops\n"
        "To award Castlebridge Borough Council £1,250 to cover eight personal safety workshops.\n\n"
        "Applications not supported\n\n"
        "An application from Riverside Angling Club for £2,400 towards new fencing was not supported.\n"
    )
    assert [(p[0], p[1], p[2], p[4]) for p in projects(text)] == [
        ("Castlebridge Borough Council – Mobile CCTV", Decimal("3900"), "2024/25", "approved"),
        ("Castlebridge Borough Council – Personal Safety Workshops", Decimal("1250"), "2024/25", "approved"),
    ]
    pdf_lines = text.replace("\n\n", "\n")
    assert [p[0] for p in projects(pdf_lines)][0] == "Castlebridge Borough Council – Mobile CCTV"


def test_resolutions_award_and_refuse_grants():
    text = (
        "RESOLVED:\n"
        "(i) That a grant of £2,500 be awarded to Kelbridge Community Association towards the cost of a CCTV camera.\n"
        "(ii) That £1,800 be allocated to Kelbridge Street Angels for first aid kits and training.\n"
        "(iii) That the application from Kelbridge Model Railway Club for £3,000 be refused.\n"
    )
    assert [(p[0], p[1], p[4], p[5]) for p in projects(text)] == [
        ("Kelbridge Community Association – the cost of a CCTV camera", Decimal("2500"), "approved", "Kelbridge Community Association"),
        ("Kelbridge Street Angels – first aid kits and training", Decimal("1800"), "approved", "Kelbridge Street Angels"),
    ]


def test_press_release_awards_and_the_total_they_come_from():
    text = (
        "The Commissioner has awarded £250,000 to 12 projects across the county from the 2024/25 Community Fund.\n\n"
        "Brookfield Youth Trust received £24,000 to run detached youth work in the town centre.\n\n"
        "Millford Boxing Academy was granted £9,750 to deliver free after-school sessions.\n"
    )
    assert [(p[0], p[1], p[5]) for p in projects(text)] == [
        ("Brookfield Youth Trust – detached youth work in the town centre", Decimal("24000"), "Brookfield Youth Trust"),
        ("Millford Boxing Academy – free after-school sessions", Decimal("9750"), "Millford Boxing Academy"),
    ]


def test_grant_to_a_partnership_for_a_year_and_money_for_a_pot_are_not_projects():
    text = (
        "The Police and Crime Commissioner has allocated £48,000 to the Eastvale Community Safety Partnership for 2024/25. "
        "As in previous years, £26,500 is allocated for upfront projects with the remaining £13,100 held in a tactical pot.\n"
    )
    assert projects(text) == []


def test_funding_approved_for_a_project_that_has_taken_place_is_completed():
    text = "Funding of £4,250 was also approved for the Safer Taxis Training course, which took place in February 2024.\n"
    assert [(p[0], p[1], p[4]) for p in projects(text)] == [("The Safer Taxis Training course", Decimal("4250"), "completed")]


def test_organisation_and_purpose_columns_name_the_project_and_fragments_are_not_names():
    text = (
        "The following grants were awarded in 2024/25:\n\n"
        "Ward\tOrganisation\tPurpose\tAmount awarded (£)\nAbbey\tAbbey Residents\tDefibrillator cabinet\t750\n"
    )
    assert [(p[0], p[1], p[4], p[5]) for p in projects(text)] == [
        ("Abbey Residents – Defibrillator cabinet", Decimal("750"), "approved", "Abbey Residents")
    ]
    assert projects("- That a grant of £2,500 (to be confirmed)\n") == []


def test_status_notes_after_the_amount():
    text = (
        "Grant 2025/26\n\n"
        "Requests considered:\n"
        "- Summer Youth Club - £2,500 - approved.\n"
        "- Shop Radio Scheme, £1,100 - no funding was agreed pending quotes.\n"
        "- Park Wardens (£4,000) - patrols are running every weekend.\n"
        "- Victim Support Leaflets (£600) - the first print completed; the reprint starts in May.\n"
    )
    assert [(p[0], p[4]) for p in projects(text)] == [
        ("Summer Youth Club", "approved"),
        ("Shop Radio Scheme", "proposed"),
        ("Park Wardens", "in_progress"),
        ("Victim Support Leaflets", "in_progress"),
    ]


def test_a_delivered_lead_in_completes_the_items_that_give_no_status():
    text = (
        "Outturn 2024/25\n\n"
        "The following projects were funded and delivered during the year:\n"
        "- Cycle Marking Days (£900) - held at three stations.\n"
        "- Hate Crime Posters (£450) - a reprint will start in June.\n"
    )
    assert [(p[0], p[4]) for p in projects(text)] == [
        ("Cycle Marking Days", "completed"),
        ("Hate Crime Posters", "in_progress"),
    ]


def test_money_outside_the_grant_and_failed_bids_are_not_projects():
    text = (
        "Other funding 2025/26\n\n"
        "The Home Office had confirmed a grant of £1.5m to the Northern Violence Reduction Partnership, which is "
        "hosted by the county. The Town Centre Lighting scheme approved by Cabinet (£95,000) is reported "
        "separately. The Council's bid to the Safer Streets Fund (£150,000) was unsuccessful. "
        "The Commissioner has confirmed a grant of £20,000 for 2025/26, the same as 2024/25. "
        "The Night Bus Marshals (£3,000) began in April and will continue until March.\n"
    )
    assert projects(text) == [("Night Bus Marshals", Decimal("3000"), "2025/26", None, "in_progress", None)]


def test_space_aligned_table_reads_each_rows_status_column():
    text = (
        "Fund 2025/26\n\n"
        "Project                  Lead              Allocation    Status\n"
        "Bus Station Wardens      Metro Patrols     £4,100        On track\n"
        "Victim Lock Fitting      Care and Repair   £2,950        Completed\n"
        "(Repeat Burglary)\n"
    )
    assert [(p[0], p[1], p[4], p[5]) for p in projects(text)] == [
        ("Bus Station Wardens", Decimal("4100"), "in_progress", "Metro Patrols"),
        ("Victim Lock Fitting (Repeat Burglary)", Decimal("2950"), "completed", "Care and Repair"),
    ]


def test_a_sentence_naming_both_pots_gives_no_pot_to_the_list_after_it():
    text = (
        "Grant 2025/26\n\n"
        "The grant is divided between the upfront and tactical pots. Last year's projects were:\n"
        "- Street Pastors Radios (£700)\n"
    )
    assert projects(text)[0][3] is None
