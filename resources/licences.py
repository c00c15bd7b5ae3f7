from django.db import models
from django.utils.translation import gettext_lazy as _


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC_BY_NC = "cc-by-nc-4.0", "CC BY-NC 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", "CC BY-NC-SA 4.0"
    CC_BY_ND = "cc-by-nd-4.0", "CC BY-ND 4.0"
    CC_BY_NC_ND = "cc-by-nc-nd-4.0", "CC BY-NC-ND 4.0"
    CC0 = "cc0", "CC0 1.0"
    PUBLIC_DOMAIN = "public-domain", _("Public domain")
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_NC: "https://creativecommons.org/licenses/by-nc/4.0/",
    Licence.CC_BY_NC_SA: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    Licence.CC_BY_ND: "https://creativecommons.org/licenses/by-nd/4.0/",
    Licence.CC_BY_NC_ND: "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}

# What a teacher may do with the material, in plain words.
LICENCE_SUMMARIES = {
    Licence.CC_BY: _(
        "You may copy, adapt and share it, also commercially, if you credit the author."
    ),
    Licence.CC_BY_SA: _(
        "You may copy, adapt and share it if you credit the author and share adaptations under "
        "the same licence."
    ),
    Licence.CC_BY_NC: _(
        "You may copy, adapt and share it for non-commercial purposes if you credit the author."
    ),
    Licence.CC_BY_NC_SA: _(
        "You may copy, adapt and share it for non-commercial purposes if you credit the author "
        "and share adaptations under the same licence."
    ),
    Licence.CC_BY_ND: _("You may copy and share it unchanged if you credit the author."),
    Licence.CC_BY_NC_ND: _(
        "You may copy and share it unchanged for non-commercial purposes if you credit the author."
    ),
    Licence.CC0: _("You may use it for any purpose without asking and without crediting."),
    Licence.PUBLIC_DOMAIN: _("You may use it for any purpose without asking."),
    Licence.ALL_RIGHTS_RESERVED: _(
        "You may use it in your own teaching; ask the author before copying or sharing it."
    ),
}
