"""Show stage: the phrases of the tally-sheet pages (delegates and officials), French then English;
i18n.PHRASES takes them in."""

from __future__ import annotations

TALLY_PHRASES: dict[str, tuple[str, str]] = {
    "tally_title": ("Procès-verbaux", "Tally sheets"),
    "tally_mine": ("Procès-verbaux de {party}", "Tally sheets of {party}"),
    "tally_intro": (
        "Saisissez les chiffres du procès-verbal d'un bureau tels qu'ils sont écrits. Un "
        "procès-verbal compte dès que le délégué d'un autre parti a saisi exactement les mêmes "
        "chiffres ; vous ne voyez que les saisies de votre parti.",
        "Enter the figures of a bureau's tally sheet as they are written. A sheet counts once a "
        "delegate of another party has entered exactly the same figures; you see only your own "
        "party's entries.",
    ),
    "tally_enter": ("Saisir un procès-verbal", "Enter a tally sheet"),
    "tally_edit": ("Corriger", "Correct"),
    "tally_bureau": ("Code du bureau", "Bureau code"),
    "tally_bureau_help": (
        "Le code du bureau tel que le site l'affiche, par exemple 19001_0001.",
        "The bureau's code as the site shows it, e.g. 19001_0001.",
    ),
    "tally_votes_of": ("Voix par candidat", "Votes per candidate"),
    "tally_photo": (
        "Photo ou scan du procès-verbal (facultatif)",
        "Photo or scan of the sheet (optional)",
    ),
    "tally_photo_help": (
        "JPEG, PNG ou PDF, {mb} Mo au plus. Sans nouveau fichier, la photo déjà jointe est gardée.",
        "JPEG, PNG or PDF, {mb} MB at most. Without a new file, the photo already attached is kept.",
    ),
    "tally_save": ("Enregistrer le procès-verbal", "Save the tally sheet"),
    "tally_saved": (
        "Procès-verbal du bureau {bureau} enregistré.",
        "Tally sheet of bureau {bureau} saved.",
    ),
    "tally_csv": ("Envoyer un fichier CSV", "Upload a CSV file"),
    "tally_csv_help": (
        "Une ligne par bureau ; colonnes séparées par « ; » ou « , », en UTF-8 : {columns}. "
        "Si une seule ligne est fausse, rien n'est enregistré et chaque erreur est indiquée.",
        "One line per bureau; columns separated by ';' or ',', in UTF-8: {columns}. If a single "
        "line is wrong, nothing is stored and every error is listed.",
    ),
    "tally_csv_file": ("Fichier CSV", "CSV file"),
    "tally_csv_template": ("Télécharger le modèle", "Download the template"),
    "tally_csv_send": ("Envoyer le fichier", "Upload the file"),
    "tally_csv_saved": ("{n} procès-verbaux enregistrés.", "{n} tally sheets saved."),
    "tally_refused": (
        "Rien n'a été enregistré. À corriger :",
        "Nothing was stored. To correct:",
    ),
    "tally_none": (
        "Aucun procès-verbal saisi pour ce tour.",
        "No tally sheet entered for this round.",
    ),
    "tally_entered_by": ("Saisi par", "Entered by"),
    "tally_updated": ("Mis à jour", "Updated"),
    "tally_vs_feed": ("Face au flux officiel", "Against the official feed"),
    "tally_feed_agrees": ("identique", "same figures"),
    "tally_feed_differs": ("diffère : {fields}", "differs: {fields}"),
    "tally_feed_none": ("pas encore publié", "not published yet"),
    "tally_photo_link": ("photo", "photo"),
    "tally_revision": ("version {n}", "version {n}"),
    "tally_officials": ("Procès-verbaux des partis", "The parties' tally sheets"),
    "tally_officials_intro": (
        "Un procès-verbal compte quand deux partis ont saisi les mêmes chiffres ; il est alors "
        "comparé au flux officiel. Chaque désaccord avec le flux est aussi une anomalie.",
        "A tally sheet counts when two parties entered the same figures; it is then compared with "
        "the official feed. Each disagreement with the feed is also an anomaly.",
    ),
    "tally_by_departement": ("Par département", "By département"),
    "tally_by_commune": ("Communes de {name}", "Communes of {name}"),
    "tally_all_departements": ("Tous les départements", "Every département"),
    "tally_received": ("Reçus", "Received"),
    "tally_agrees": ("Conformes au flux", "Agree with the feed"),
    "tally_disagrees": ("En désaccord avec le flux", "Disagree with the feed"),
    "tally_no_feed": ("Comptés, flux absent", "Counted, no feed yet"),
    "tally_single": ("Un seul parti", "One party so far"),
    "tally_conflict": ("Partis en désaccord", "Parties disagree"),
    "tally_issues": ("À examiner", "To look at"),
    "tally_issues_none": ("Aucun désaccord.", "No disagreement."),
    "tally_sheet_col": ("Procès-verbal", "Tally sheet"),
    "tally_feed_col": ("Flux officiel", "Official feed"),
    "tally_parties": ("Partis : {parties}", "Parties: {parties}"),
    "tally_figure": ("Chiffre", "Figure"),
    "tally_line": ("ligne {n} : ", "line {n}: "),
    "tally_err_missing": ("{field} : valeur manquante", "{field}: missing"),
    "tally_err_whole": (
        "{field} : « {value} » n'est pas un nombre entier",
        "{field}: “{value}” is not a whole number",
    ),
    "tally_err_range": (
        "{field} : « {value} » est hors limites",
        "{field}: “{value}” is out of range",
    ),
    "tally_err_over": (
        "plus de votants ({votants}) que d'inscrits ({inscrits})",
        "more voters ({votants}) than registered ({inscrits})",
    ),
    "tally_err_votants": (
        "blancs + nuls + exprimés = {sum}, mais votants = {votants}",
        "blank + spoilt + valid = {sum}, but voters = {votants}",
    ),
    "tally_err_votes": (
        "la somme des voix est {sum}, mais exprimés = {exprimes}",
        "the votes add up to {sum}, but valid votes = {exprimes}",
    ),
    "tally_err_bureau": ("bureau « {bureau} » inconnu", "unknown bureau “{bureau}”"),
    "tally_err_round": ("tour {round} inconnu", "unknown round {round}"),
    "tally_err_candidates": (
        "les candidats ne sont pas ceux de ce tour",
        "the candidates are not this round's",
    ),
    "tally_err_columns_missing": ("colonnes manquantes : {columns}", "missing columns: {columns}"),
    "tally_err_columns_unknown": ("colonnes inconnues : {columns}", "unknown columns: {columns}"),
    "tally_err_columns_twice": ("colonnes en double : {columns}", "columns given twice: {columns}"),
    "tally_err_cells": (
        "{found} cellules au lieu de {expected}",
        "{found} cells instead of {expected}",
    ),
    "tally_err_twice": (
        "le bureau {bureau} est déjà à la ligne {first}",
        "bureau {bureau} is already on line {first}",
    ),
    "tally_err_encoding": (
        "le fichier n'est pas un texte UTF-8 (enregistrez-le en « CSV UTF-8 »)",
        "the file is not UTF-8 text (save it as “CSV UTF-8”)",
    ),
    "tally_err_csv_size": ("le fichier dépasse {mb} Mo", "the file is over {mb} MB"),
    "tally_err_csv_rows": ("plus de {rows} lignes", "more than {rows} lines"),
    "tally_err_csv_empty": (
        "aucune ligne de chiffres dans le fichier",
        "no line of figures in the file",
    ),
    "tally_err_csv_none": ("aucun fichier choisi", "no file chosen"),
    "tally_err_photo_size": ("la photo dépasse {mb} Mo", "the photo is over {mb} MB"),
    "tally_err_photo_type": (
        "la photo n'est ni un JPEG, ni un PNG, ni un PDF",
        "the photo is not a JPEG, a PNG or a PDF",
    ),
    "tally_err_photo_budget": (
        "vos photos dépasseraient {mb} Mo au total",
        "your photos would exceed {mb} MB in all",
    ),
    "tally_err_store": (
        "la base de données n'a pas pu enregistrer (disque plein ?) : réessayez dans un instant",
        "the database could not store it (disk full?): try again in a moment",
    ),
}
