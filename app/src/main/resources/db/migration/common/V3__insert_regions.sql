-- Names and codes from CBS "gebiedsindelingen" 2023 (reference/geo/SOURCE.md). Every GGD region lies within one
-- province (GGD regions follow the safety regions, which follow provincial borders); RegionGeometryIntegrationTests
-- checks this against the map files.
INSERT INTO region_region (code, name, kind, province_code) VALUES ('NL', 'Nederland', 'COUNTRY', NULL);

INSERT INTO region_region (code, name, kind, province_code) VALUES
    ('PV20', 'Groningen', 'PROVINCE', NULL),
    ('PV21', 'Fryslân', 'PROVINCE', NULL),
    ('PV22', 'Drenthe', 'PROVINCE', NULL),
    ('PV23', 'Overijssel', 'PROVINCE', NULL),
    ('PV24', 'Flevoland', 'PROVINCE', NULL),
    ('PV25', 'Gelderland', 'PROVINCE', NULL),
    ('PV26', 'Utrecht', 'PROVINCE', NULL),
    ('PV27', 'Noord-Holland', 'PROVINCE', NULL),
    ('PV28', 'Zuid-Holland', 'PROVINCE', NULL),
    ('PV29', 'Zeeland', 'PROVINCE', NULL),
    ('PV30', 'Noord-Brabant', 'PROVINCE', NULL),
    ('PV31', 'Limburg', 'PROVINCE', NULL);

INSERT INTO region_region (code, name, kind, province_code) VALUES
    ('GG0111', 'GGD Groningen', 'GGD_REGION', 'PV20'),
    ('GG0706', 'GGD Drenthe', 'GGD_REGION', 'PV22'),
    ('GG1009', 'GGD IJsselland', 'GGD_REGION', 'PV23'),
    ('GG1106', 'GGD Twente', 'GGD_REGION', 'PV23'),
    ('GG1413', 'GGD Noord- en Oost-Gelderland', 'GGD_REGION', 'PV25'),
    ('GG1911', 'Veiligheids- en Gezondheidsregio Gelderland-Midden', 'GGD_REGION', 'PV25'),
    ('GG2014', 'GGD Gelderland-Zuid', 'GGD_REGION', 'PV25'),
    ('GG2209', 'GGD Flevoland', 'GGD_REGION', 'PV24'),
    ('GG2514', 'GGD Regio Utrecht', 'GGD_REGION', 'PV26'),
    ('GG2707', 'GGD Hollands-Noorden', 'GGD_REGION', 'PV27'),
    ('GG3109', 'GGD Kennemerland', 'GGD_REGION', 'PV27'),
    ('GG3406', 'GGD Amsterdam', 'GGD_REGION', 'PV27'),
    ('GG3606', 'GGD Gooi en Vechtstreek', 'GGD_REGION', 'PV27'),
    ('GG4506', 'GGD Hollands-Midden', 'GGD_REGION', 'PV28'),
    ('GG4607', 'GGD Rotterdam-Rijnmond', 'GGD_REGION', 'PV28'),
    ('GG4816', 'Dienst Gezondheid & Jeugd ZHZ', 'GGD_REGION', 'PV28'),
    ('GG5006', 'GGD Zeeland', 'GGD_REGION', 'PV29'),
    ('GG5206', 'GGD West-Brabant', 'GGD_REGION', 'PV30'),
    ('GG5406', 'GGD Hart voor Brabant', 'GGD_REGION', 'PV30'),
    ('GG5608', 'GGD Brabant-Zuidoost', 'GGD_REGION', 'PV30'),
    ('GG6011', 'GGD Limburg-Noord', 'GGD_REGION', 'PV31'),
    ('GG6106', 'GGD Zuid-Limburg', 'GGD_REGION', 'PV31'),
    ('GG7014', 'GGD Haaglanden', 'GGD_REGION', 'PV28'),
    ('GG7206', 'GGD Fryslân', 'GGD_REGION', 'PV21'),
    ('GG7306', 'GGD Zaanstreek/Waterland', 'GGD_REGION', 'PV27');
