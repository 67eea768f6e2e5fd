# Lists are Text, one sequence name a line: Char refuses newlines.
from trytond.model import fields
from trytond.pool import PoolMeta


class Party(metaclass=PoolMeta):
    __name__ = 'party.party'

    sequences_last_contacted_mode = fields.Char(
        "Last Contacted Mode",
        help="Kept by Sales Sequences: Not yet contacted, No reply, "
        "Opened but no reply, Replied, ...")
    sequences_last_activity_type = fields.Char(
        "Last Activity Type", help="Kept by Sales Sequences.")
    sequences_active = fields.Text(
        "Active Sequences",
        help="Kept by Sales Sequences: one sequence name a line.")
    sequences_completed = fields.Text(
        "Completed Sequences",
        help="Kept by Sales Sequences: one sequence name a line.")
    sequences_timezone = fields.Char(
        "Time Zone", help="IANA time zone, e.g. Europe/Berlin: emails "
        "go out at the sequence's time in it.")
    sequences_fields = fields.Text(
        "Sequence Fields",
        help="Custom fields sequence conditions read (fields.<name>): "
        "one name=value a line.")
