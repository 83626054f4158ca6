"""Operations that span the draw and the match of one plan's campaign.

app.draw knows nothing of matching and app.match builds on the draw; what must
know both (voiding a draw, using an alternate once teams may exist, writing a
record together with its printed PDF) lives here, above both.
"""
