"""Lexical search: word forms of everyday questions meet the guidance's word forms."""

import threading

from assistant.retrieval.lexical import BM25, stem, synonyms, terms


def test_everyday_and_formal_word_forms_share_a_term() -> None:
    assert set(terms("Who is responsible for it?")) & set(terms("the responsibility of the mentee"))
    assert set(terms("What is expected of mentees?")) & set(terms("clarify expectations"))
    assert set(terms("our meetings")) == set(terms("we meet"))
    assert "the" not in terms("the goals") and terms("the goals") == terms("goal")


def test_bm25_finds_the_passage_in_other_word_forms() -> None:
    index = BM25(
        [
            "It is the responsibility of the mentee to drive the relationship forward.",
            "Celebrate success together at the end of the program.",
        ]
    )
    scores = index.scores("Who is responsible for driving things?")
    assert max(scores, key=scores.__getitem__) == 0
    assert 1 not in scores


def test_stemming_is_safe_from_several_threads() -> None:
    words = [f"relationships{n}" for n in range(200)] + ["responsibilities"] * 200
    expected = {word: stem(word) for word in words}
    stem.cache_clear()
    failures: list[str] = []

    def work() -> None:
        for word in words:
            if stem(word) != expected[word]:
                failures.append(word)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_everyday_words_for_the_guidances_own_find_them() -> None:
    table = synonyms()
    # "halfway" for the guidance's "Mid Point", a survey for its evaluation, a contract for its
    # agreement.
    assert stem("mid") in table[stem("halfway")]
    assert stem("evaluation") in table[stem("survey")]
    assert stem("agreement") in table[stem("contract")]
    # Who leads the relationship, for the guidance's mentee who drives it forward.
    assert stem("drive") in table[stem("lead")]
    assert stem("drive") in table[stem("steering")]
