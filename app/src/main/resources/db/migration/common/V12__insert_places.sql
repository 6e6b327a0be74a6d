-- Dutch municipalities (2023) and the GGD region they belong to.
INSERT INTO region_place (name, region_code) VALUES
    ('Amsterdam', 'GG3406'),
    ('Rotterdam', 'GG4607'),
    ('Utrecht', 'GG2514'),
    ('''s-Gravenhage', 'GG7014'),
    ('Den Haag', 'GG7014'),
    ('Eindhoven', 'GG5608'),
    ('Groningen', 'GG0111'),
    ('Leeuwarden', 'GG7206'),
    ('Zwolle', 'GG1009');
