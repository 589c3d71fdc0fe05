"""Language: English is read, any other language is said so and not extracted."""

import datetime as dt

from claimbrief.article import make_article
from claimbrief.extract import extract_rows
from claimbrief.language import article_language, identify_language, not_extracted_note

FRENCH = ("Le gouvernement annonce des élections anticipées\n\n"
          "Le Premier ministre a annoncé mardi que des élections législatives anticipées auront lieu en mars, "
          "après la chute de la coalition au pouvoir. Selon le ministère de l'Intérieur, plus de douze millions "
          "d'électeurs sont inscrits sur les listes.")
ENGLISH = ("Government calls early election\n\n"
           "The prime minister said on Tuesday that an early parliamentary election would be held in March, "
           "after the ruling coalition collapsed. More than 12 million voters are registered, the interior ministry said.")


def test_english_and_other_languages_are_told_apart():
    assert identify_language(ENGLISH) == "en"
    assert identify_language(FRENCH) == "fr"
    assert identify_language("Die Regierung hat am Dienstag mitgeteilt, dass die Wahl im März stattfinden wird.") == "de"


def test_metadata_decides_before_the_text():
    assert article_language("EN-GB", FRENCH) == ("en", "metadata")
    assert article_language(None, FRENCH) == ("fr", "identified")


def test_an_article_not_in_english_keeps_its_sentences_and_nothing_else():
    rows = extract_rows(make_article(FRENCH, title="Le gouvernement annonce des élections anticipées",
                                     published=dt.date(2025, 2, 4)))
    assert len(rows["sentences"]) == 3
    assert all(rows[name] == [] for name in ("claims", "figures", "dates", "places", "actors"))
    english = extract_rows(make_article(ENGLISH, title="Government calls early election", published=dt.date(2025, 2, 4)))
    assert english["claims"] and english["figures"]


def test_the_note_names_the_language_and_how_it_is_known():
    note = not_extracted_note("fr", "identified")
    assert "French" in note and "identified from its text" in note and "not extracted" in note


def test_a_short_english_text_of_names_is_not_taken_for_another_language():
    # few function words, many foreign names: the identifier's guess ("fy") is not confident
    assert identify_language("Troops killed\n\nSoldiers killed near Plekhovo, Nikolaevo-Darino, Belgorod region.") == "en"
    assert identify_language("Los soldados murieron cerca de Belgorod, dijo el ministerio de defensa.") == "es"
