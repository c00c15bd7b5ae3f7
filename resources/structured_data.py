"""schema.org LearningResource description of a teaching material, for search engines."""

from django.utils.translation import get_language

from taxonomies.names import term_names


def learning_resource(page, request):
    names = term_names(get_language())
    classification = page.classification()

    def labels(field, model_label):
        terms = names.get(model_label, {})
        return [terms.get(slug, slug) for slug in classification[field]]

    data = {
        "@context": "https://schema.org",
        "@type": "LearningResource",
        "name": page.title,
        "description": page.summary,
        "url": page.get_full_url(request),
        "learningResourceType": labels("resource_types", "taxonomies.resourcetype"),
        "educationalLevel": labels("education_levels", "taxonomies.educationlevel"),
        "about": labels("subjects", "taxonomies.subject"),
        "teaches": labels("key_competences", "taxonomies.keycompetence"),
        "datePublished": page.publication_date.isoformat(),
        "isAccessibleForFree": True,
    }
    if classification["material_languages"]:
        data["inLanguage"] = classification["material_languages"]  # the slugs are ISO 639-1 codes
    if page.age_from and page.age_to:
        data["typicalAgeRange"] = f"{page.age_from}-{page.age_to}"
    if page.duration_minutes:
        data["timeRequired"] = f"PT{page.duration_minutes}M"
    if page.licence_url:
        data["license"] = page.licence_url
    if page.author_name:
        data["author"] = {"@type": "Person", "name": page.author_name}
        if page.organisation:
            data["author"]["affiliation"] = {"@type": "Organization", "name": page.organisation}
    return data
