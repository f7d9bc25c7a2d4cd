"""The .workshop file: opening, validation, migrations, and the only code that writes SQL."""
