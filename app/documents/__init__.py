"""Official Thai documents built from the database: minutes, agenda and emblem certificates (content, then PDF)."""

from app.pdf import add_words

# Words of the programme that PyThaiNLP's dictionary lacks: without them "บริหารโครงการเมืองอัจฉริยะ" splits as
# "โครง|การเมือง|อัจฉริยะ" and a line can break inside โครงการ.
DOMAIN_WORDS = ("เมืองอัจฉริยะ", "ตราสัญลักษณ์", "ผู้พัฒนาเมือง")

add_words(DOMAIN_WORDS)
