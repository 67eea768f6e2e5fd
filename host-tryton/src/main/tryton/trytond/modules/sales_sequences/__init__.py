# The fields the Sales Sequences plugin keeps current on a Tryton party, and the few it reads that Tryton 6.0 has
# no field for (a time zone, and custom fields for sequence conditions). GPL-3, like Tryton.
from trytond.pool import Pool

from . import party


def register():
    Pool.register(
        party.Party,
        module='sales_sequences', type_='model')
