"""The agenda editor: items, their polls, and the undo commands that change them."""
