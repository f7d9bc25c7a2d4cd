"""The minutes' words in Spanish (see minutes_catalogue.py: the same keys as English)."""

from __future__ import annotations

ES: dict[str, str | tuple[str, str]] = {
    "minutes": "Acta",
    "minutes_of": "Acta: {title}",
    "subject": "Acta del taller «{title}»",
    "page_of": "Página {page} de {total}",
    "generated": "Generada el {date}, a las {time}",
    "produced": "Elaborada con workshop-app {version} el {date} a las {time}.",
    "contents": "Índice",
    "date": "Fecha",
    "date_from": "{date}, desde las {time}",
    "venue": "Lugar",
    "organisation": "Organización",
    "facilitators": "Facilitación",
    "sessions": ("Sesión", "Sesiones"),
    "still_live": "(todavía en curso)",
    "participants": "Participantes",
    "participants_answered": (
        "{n} persona respondió al menos a una encuesta",
        "{n} personas respondieron al menos a una encuesta",
    ),
    "participants_answered_label": "Personas que respondieron al menos a una encuesta",
    "agenda": "Orden del día",
    "n_items": ("{n} punto", "{n} puntos"),
    "n_polls": ("{n} encuesta", "{n} encuestas"),
    "n_notes": ("{n} nota", "{n} notas"),
    "n_actions": ("{n} tarea", "{n} tareas"),
    "agenda_as_run": "Desarrollo del orden del día",
    "item": "Punto",
    "planned": "Previsto",
    "actual": "Real",
    "planned_min": "Min. prev.",
    "actual_min": "Min. real",
    "not_run": "no tratado",
    "n_min": "{n} min",
    "overrun_explained": "Los puntos que superaron el tiempo previsto se marcan en rojo, con "
    "los minutos de exceso.",
    "planned_span": "previsto {start}–{end} ({minutes})",
    "ran_span": "tratado {start}–{end} ({minutes})",
    "over_by": "{n} min de exceso",
    "goal": "Objetivo",
    "no_notes": "No se tomaron notas en este punto.",
    "other_notes": "Otras notas",
    "heading_decision": "Decisiones",
    "heading_action": "Tareas",
    "heading_note": "Notas",
    "heading_question": "Preguntas",
    "heading_quote": "Citas",
    "owner_is": "responsable: {owner}",
    "due_on": "para el {date}",
    "on_poll": "sobre la encuesta {label}",
    "status_open": "abierta",
    "status_done": "hecha",
    "poll_number": "Encuesta {number}",
    "type_single_choice": "Opción única",
    "type_multiple_choice": "Opción múltiple",
    "type_scale": "Escala",
    "type_open_text": "Texto libre",
    "type_ranking": "Clasificación",
    "n_responses": ("{n} respuesta", "{n} respuestas"),
    "hidden_long": (
        "{n} ocultada por la moderación, no contada",
        "{n} ocultadas por la moderación, no contadas",
    ),
    "hidden_short": ("{n} ocultada por la moderación", "{n} ocultadas por la moderación"),
    "no_responses": "Sin respuestas.",
    "several_choices": "Varias opciones por persona; los porcentajes son sobre quienes "
    "respondieron.",
    "several_choices_limit": "Varias opciones por persona (como máximo {limit}); los "
    "porcentajes son sobre quienes respondieron.",
    "mean": "Media",
    "median": "mediana",
    "mean_median": "Media {mean}, mediana {median}.",
    "rank": "Puesto",
    "option": "Opción",
    "count": "Número",
    "value": "Valor",
    "share": "Proporción",
    "meaning": "Significado",
    "scale_ends": "Escala: {min} = {low}; {max} = {high}.",
    "mean_position": "Posición media",
    "mean_position_explained": "Posición media en todas las clasificaciones; 1 es el primer "
    "puesto.",
    "frequent_words": "Palabras más frecuentes",
    "chart_alt": "Gráfico de barras de la encuesta {number}: {figures}",
    "results_caption": "Resultados de la encuesta {number}",
    "answers": "Respuestas",
    "method_plenary": "Plenario",
    "method_small_groups": "Grupos pequeños",
    "method_poll": "Encuesta",
    "method_presentation": "Presentación",
    "method_break": "Pausa",
    "method_other": "Otro",
    "action": "Tarea",
    "owner": "Responsable",
    "due": "Plazo",
    "status": "Estado",
    "no_actions": "No se registraron tareas.",
    "appendix": "Anexo: método y anonimato",
    "method_how": "Las encuestas se respondieron de forma anónima desde los propios teléfonos "
    "de las personas participantes, en una página servida por el portátil del equipo de "
    "facilitación a través de la red de la sala; no hacía falta cuenta, aplicación ni conexión "
    "a Internet. Cada teléfono podía dar una respuesta por encuesta (y cambiarla mientras la "
    "encuesta estaba abierta, cuando se permitía); un identificador aleatorio en una cookie "
    "del navegador llevaba la cuenta, y estos identificadores se borraron al terminar la "
    "sesión. No se guardó ningún nombre, dirección IP ni identificador de dispositivo con las "
    "respuestas, y nada de ello aparece en esta acta ni en las exportaciones de datos.",
    "method_results": "Los resultados muestran todas las respuestas dadas, salvo las "
    "respuestas de texto libre que el equipo de facilitación ocultó durante la sesión (por "
    "ejemplo insultos o datos personales); su número se indica en cada encuesta. Los "
    "porcentajes son sobre las personas que respondieron a esa encuesta. Las encuestas de "
    "escala dan la media y la mediana; las clasificaciones, la posición media de cada opción.",
    "method_notes": "Las notas las tomó el equipo de facilitación durante la sesión: son "
    "resúmenes, no una transcripción literal. Las citas se recogen tal como se anotaron en "
    "el momento.",
    "check_title": "Comprobar una copia publicada.",
    "check_body": "El SHA-256 de los resultados de las encuestas en forma canónica (una lista "
    "JSON con el número, el tipo, la pregunta, las opciones y el recuento de cada encuesta, "
    "sin el recuento de palabras, claves ordenadas, sin espacios, UTF-8) es:",
    "check_recompute": "Cualquier persona con el archivo del taller puede volver a calcularlo "
    "con workshop-app (la exportación JSON lleva el mismo valor).",
    "anonymous_short": "Las encuestas fueron anónimas: no se guardó ningún nombre, dirección "
    "IP ni identificador de dispositivo con las respuestas.",
    "results_sha": "SHA-256 de los resultados",
    # Sessions and rooms.
    "all_rooms": "Todas las salas",
    "answers_in_rooms": "Las respuestas mismas figuran en el acta de cada sala.",
    "by_room": "Por sala",
    "by_session": "Por sesión",
    "overall_checksum": "SHA-256 de los resultados combinados",
    "rehearsal_mark": "ensayo",
    "responses_row": "Respuestas",
    "room": "Sala",
    "room_checksums": "SHA-256 de los resultados de cada sala",
    "rooms": ("Sala", "Salas"),
    "session_n": "Sesión {n}",
    "total": "Total",
    # Minimum group size.
    "fewer_than": "menos de {k}",
    "masked": "no mostrado",
    "median_only": "Mediana {median}; la media se omite, pues revelaría un grupo de menos de {k}.",
    "min_group": "Tamaño mínimo de grupo {k}",
    "min_group_list": "Tamaño mínimo de grupo por encuesta: {list}.",
    "min_group_method": "Ningún resultado muestra un grupo menor que el tamaño mínimo de grupo k "
    "indicado "
    "abajo para cada encuesta: una encuesta con menos de k respuestas solo muestra cuántas "
    "personas respondieron; una opción elegida por menos de k personas indica «menos de k» "
    "(cuando su número podría deducirse del total, otra opción indica «no mostrado»); una "
    "idea apoyada por menos de k teléfonos (toda idea de un muro que menos de k teléfonos "
    "apoyaron) indica «menos de k»; la media de una escala se omite mientras un valor esté "
    "agrupado; las respuestas abiertas se listan en un orden sin relación con su llegada.",
    "min_group_off": "Tamaño mínimo de grupo desactivado: los grupos pequeños pueden ser "
    "reconocibles",
    "phone_notice_intro": "Antes de su primera respuesta, cada teléfono mostró esto a los "
    "participantes:",
    "withheld": (
        "{n} respuesta; los resultados se muestran solo a partir de {k} respuestas (tamaño "
        "mínimo de grupo).",
        "{n} respuestas; los resultados se muestran solo a partir de {k} respuestas (tamaño "
        "mínimo de grupo).",
    ),
    # Idea walls and dot votes.
    "dot_rules": "{dots} puntos adhesivos por persona, como máximo {per} en una opción",
    "dot_totals": "{total} puntos adhesivos colocados por {voters} participantes",
    "dots": "Puntos adhesivos",
    "idea": "Idea",
    "idea_answered": "respondida",
    "idea_edited": "editada",
    "idea_merged_into": "fusionada con {number}",
    "idea_merged_n": ("{n} duplicado fusionado", "{n} duplicados fusionados"),
    "idea_pinned": "fijada",
    "idea_status": "Estado",
    "n_ideas": ("{n} idea", "{n} ideas"),
    "n_votes": ("{n} voto", "{n} votos"),
    "point_rules": "100 puntos por persona",
    "point_totals": "{total} puntos repartidos por {voters} participantes",
    "points": "Puntos",
    "type_dot_vote": "Votación con puntos",
    "type_idea_wall": "Muro de ideas",
    "votes": "Votos",
    "wall_summary": "{posted} publicadas · {hidden} ocultas · {merged} fusionadas como "
    "duplicados · {pending} nunca aprobadas · {answered} respondidas · {edited} editadas · "
    "{voters} teléfonos votaron",
}
