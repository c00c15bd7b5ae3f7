"""Language-aware analysis for the search engine: each EU language gets its own analyser
(stop words, stemming, elision where the language has it) and ASCII folding, so "Klimawandels"
finds "Klimawandel" and "ecole" finds "école". Languages the engine has no stemmer for (Croatian,
Maltese, Polish, Slovak, Slovenian) fall back to the standard tokenizer with folding."""

# language code: (stop words, stemmer) as the engine's analysis module names them
LANGUAGE_FILTERS = {
    "bg": ("_bulgarian_", "bulgarian"),
    "cs": ("_czech_", "czech"),
    "da": ("_danish_", "danish"),
    "de": ("_german_", "light_german"),
    "el": ("_greek_", "greek"),
    "en": ("_english_", "english"),
    "es": ("_spanish_", "light_spanish"),
    "et": ("_estonian_", "estonian"),
    "fi": ("_finnish_", "light_finnish"),
    "fr": ("_french_", "light_french"),
    "ga": ("_irish_", "irish"),
    "hu": ("_hungarian_", "light_hungarian"),
    "it": ("_italian_", "light_italian"),
    "lt": ("_lithuanian_", "lithuanian"),
    "lv": ("_latvian_", "latvian"),
    "nl": ("_dutch_", "dutch"),
    "pt": ("_portuguese_", "light_portuguese"),
    "ro": ("_romanian_", "romanian"),
    "sv": ("_swedish_", "light_swedish"),
}
ELISION_ARTICLES = {
    "fr": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
    "it": [
        "c",
        "l",
        "all",
        "dall",
        "dell",
        "nell",
        "sull",
        "coll",
        "pell",
        "gl",
        "agl",
        "dagl",
        "degl",
        "negl",
        "sugl",
        "un",
        "m",
        "t",
        "s",
        "v",
        "d",
    ],
    "ga": ["d", "m", "b"],
}
LOWERCASE = {"el": "greek_lowercase", "ga": "irish_lowercase"}


def language_analysis(code):
    """Index settings whose default analyser is the language's (for one language's index)."""
    filters, definitions = [], {}
    if code in ELISION_ARTICLES:
        definitions[f"{code}_elision"] = {
            "type": "elision",
            "articles": ELISION_ARTICLES[code],
            "articles_case": True,
        }
        filters.append(f"{code}_elision")
    if code in LOWERCASE:
        definitions[f"{code}_lowercase"] = {
            "type": "lowercase",
            "language": LOWERCASE[code].split("_")[0],
        }
        filters.append(f"{code}_lowercase")
    else:
        filters.append("lowercase")
    if code in LANGUAGE_FILTERS:
        stopwords, stemmer = LANGUAGE_FILTERS[code]
        definitions[f"{code}_stop"] = {"type": "stop", "stopwords": stopwords}
        definitions[f"{code}_stemmer"] = {"type": "stemmer", "language": stemmer}
        filters += [f"{code}_stop", f"{code}_stemmer"]
    filters.append("asciifolding")
    analyzer = {"type": "custom", "tokenizer": "standard", "filter": filters}
    analysis = {"analyzer": {"default": analyzer}}
    if definitions:  # an empty mapping would replace the backend's own filters
        analysis["filter"] = definitions
    return {"settings": {"analysis": analysis}}
