-- Dutch municipalities on 1 January 2023 (CBS "gebiedsindelingen" 2023: 342 municipalities, spelled as CBS spells
-- them) with the GGD region each lies in, then other names people write for a place. Regions.findByPlace matches
-- a name regardless of case, accents and punctuation, so names that match alike must lie in the same region.
-- RegionGeometryIntegrationTests checks every row against the GGD region map, with a point for each name in
-- src/test/resources/region/.

-- GGD Groningen (GG0111): 10 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Eemsdelta', 'GG0111'),
    ('Groningen', 'GG0111'),
    ('Het Hogeland', 'GG0111'),
    ('Midden-Groningen', 'GG0111'),
    ('Oldambt', 'GG0111'),
    ('Pekela', 'GG0111'),
    ('Stadskanaal', 'GG0111'),
    ('Veendam', 'GG0111'),
    ('Westerkwartier', 'GG0111'),
    ('Westerwolde', 'GG0111');

-- GGD Drenthe (GG0706): 12 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Aa en Hunze', 'GG0706'),
    ('Assen', 'GG0706'),
    ('Borger-Odoorn', 'GG0706'),
    ('Coevorden', 'GG0706'),
    ('De Wolden', 'GG0706'),
    ('Emmen', 'GG0706'),
    ('Hoogeveen', 'GG0706'),
    ('Meppel', 'GG0706'),
    ('Midden-Drenthe', 'GG0706'),
    ('Noordenveld', 'GG0706'),
    ('Tynaarlo', 'GG0706'),
    ('Westerveld', 'GG0706');

-- GGD IJsselland (GG1009): 11 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Dalfsen', 'GG1009'),
    ('Deventer', 'GG1009'),
    ('Hardenberg', 'GG1009'),
    ('Kampen', 'GG1009'),
    ('Olst-Wijhe', 'GG1009'),
    ('Ommen', 'GG1009'),
    ('Raalte', 'GG1009'),
    ('Staphorst', 'GG1009'),
    ('Steenwijkerland', 'GG1009'),
    ('Zwartewaterland', 'GG1009'),
    ('Zwolle', 'GG1009');

-- GGD Twente (GG1106): 14 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Almelo', 'GG1106'),
    ('Borne', 'GG1106'),
    ('Dinkelland', 'GG1106'),
    ('Enschede', 'GG1106'),
    ('Haaksbergen', 'GG1106'),
    ('Hellendoorn', 'GG1106'),
    ('Hengelo', 'GG1106'),
    ('Hof van Twente', 'GG1106'),
    ('Losser', 'GG1106'),
    ('Oldenzaal', 'GG1106'),
    ('Rijssen-Holten', 'GG1106'),
    ('Tubbergen', 'GG1106'),
    ('Twenterand', 'GG1106'),
    ('Wierden', 'GG1106');

-- GGD Noord- en Oost-Gelderland (GG1413): 22 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Aalten', 'GG1413'),
    ('Apeldoorn', 'GG1413'),
    ('Berkelland', 'GG1413'),
    ('Bronckhorst', 'GG1413'),
    ('Brummen', 'GG1413'),
    ('Doetinchem', 'GG1413'),
    ('Elburg', 'GG1413'),
    ('Epe', 'GG1413'),
    ('Ermelo', 'GG1413'),
    ('Harderwijk', 'GG1413'),
    ('Hattem', 'GG1413'),
    ('Heerde', 'GG1413'),
    ('Lochem', 'GG1413'),
    ('Montferland', 'GG1413'),
    ('Nunspeet', 'GG1413'),
    ('Oldebroek', 'GG1413'),
    ('Oost Gelre', 'GG1413'),
    ('Oude IJsselstreek', 'GG1413'),
    ('Putten', 'GG1413'),
    ('Voorst', 'GG1413'),
    ('Winterswijk', 'GG1413'),
    ('Zutphen', 'GG1413');

-- Veiligheids- en Gezondheidsregio Gelderland-Midden (GG1911): 15 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Arnhem', 'GG1911'),
    ('Barneveld', 'GG1911'),
    ('Doesburg', 'GG1911'),
    ('Duiven', 'GG1911'),
    ('Ede', 'GG1911'),
    ('Lingewaard', 'GG1911'),
    ('Nijkerk', 'GG1911'),
    ('Overbetuwe', 'GG1911'),
    ('Renkum', 'GG1911'),
    ('Rheden', 'GG1911'),
    ('Rozendaal', 'GG1911'),
    ('Scherpenzeel', 'GG1911'),
    ('Wageningen', 'GG1911'),
    ('Westervoort', 'GG1911'),
    ('Zevenaar', 'GG1911');

-- GGD Gelderland-Zuid (GG2014): 14 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Berg en Dal', 'GG2014'),
    ('Beuningen', 'GG2014'),
    ('Buren', 'GG2014'),
    ('Culemborg', 'GG2014'),
    ('Druten', 'GG2014'),
    ('Heumen', 'GG2014'),
    ('Maasdriel', 'GG2014'),
    ('Neder-Betuwe', 'GG2014'),
    ('Nijmegen', 'GG2014'),
    ('Tiel', 'GG2014'),
    ('West Betuwe', 'GG2014'),
    ('West Maas en Waal', 'GG2014'),
    ('Wijchen', 'GG2014'),
    ('Zaltbommel', 'GG2014');

-- GGD Flevoland (GG2209): 6 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Almere', 'GG2209'),
    ('Dronten', 'GG2209'),
    ('Lelystad', 'GG2209'),
    ('Noordoostpolder', 'GG2209'),
    ('Urk', 'GG2209'),
    ('Zeewolde', 'GG2209');

-- GGD Regio Utrecht (GG2514): 26 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Amersfoort', 'GG2514'),
    ('Baarn', 'GG2514'),
    ('Bunnik', 'GG2514'),
    ('Bunschoten', 'GG2514'),
    ('De Bilt', 'GG2514'),
    ('De Ronde Venen', 'GG2514'),
    ('Eemnes', 'GG2514'),
    ('Houten', 'GG2514'),
    ('IJsselstein', 'GG2514'),
    ('Leusden', 'GG2514'),
    ('Lopik', 'GG2514'),
    ('Montfoort', 'GG2514'),
    ('Nieuwegein', 'GG2514'),
    ('Oudewater', 'GG2514'),
    ('Renswoude', 'GG2514'),
    ('Rhenen', 'GG2514'),
    ('Soest', 'GG2514'),
    ('Stichtse Vecht', 'GG2514'),
    ('Utrecht', 'GG2514'),
    ('Utrechtse Heuvelrug', 'GG2514'),
    ('Veenendaal', 'GG2514'),
    ('Vijfheerenlanden', 'GG2514'),
    ('Wijk bij Duurstede', 'GG2514'),
    ('Woerden', 'GG2514'),
    ('Woudenberg', 'GG2514'),
    ('Zeist', 'GG2514');

-- GGD Hollands-Noorden (GG2707): 16 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Alkmaar', 'GG2707'),
    ('Bergen (NH.)', 'GG2707'),
    ('Castricum', 'GG2707'),
    ('Den Helder', 'GG2707'),
    ('Dijk en Waard', 'GG2707'),
    ('Drechterland', 'GG2707'),
    ('Enkhuizen', 'GG2707'),
    ('Heiloo', 'GG2707'),
    ('Hollands Kroon', 'GG2707'),
    ('Hoorn', 'GG2707'),
    ('Koggenland', 'GG2707'),
    ('Medemblik', 'GG2707'),
    ('Opmeer', 'GG2707'),
    ('Schagen', 'GG2707'),
    ('Stede Broec', 'GG2707'),
    ('Texel', 'GG2707');

-- GGD Kennemerland (GG3109): 9 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Beverwijk', 'GG3109'),
    ('Bloemendaal', 'GG3109'),
    ('Haarlem', 'GG3109'),
    ('Haarlemmermeer', 'GG3109'),
    ('Heemskerk', 'GG3109'),
    ('Heemstede', 'GG3109'),
    ('Uitgeest', 'GG3109'),
    ('Velsen', 'GG3109'),
    ('Zandvoort', 'GG3109');

-- GGD Amsterdam (GG3406): 6 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Aalsmeer', 'GG3406'),
    ('Amstelveen', 'GG3406'),
    ('Amsterdam', 'GG3406'),
    ('Diemen', 'GG3406'),
    ('Ouder-Amstel', 'GG3406'),
    ('Uithoorn', 'GG3406');

-- GGD Gooi en Vechtstreek (GG3606): 6 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Blaricum', 'GG3606'),
    ('Gooise Meren', 'GG3606'),
    ('Hilversum', 'GG3606'),
    ('Huizen', 'GG3606'),
    ('Laren', 'GG3606'),
    ('Wijdemeren', 'GG3606');

-- GGD Hollands-Midden (GG4506): 18 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Alphen aan den Rijn', 'GG4506'),
    ('Bodegraven-Reeuwijk', 'GG4506'),
    ('Gouda', 'GG4506'),
    ('Hillegom', 'GG4506'),
    ('Kaag en Braassem', 'GG4506'),
    ('Katwijk', 'GG4506'),
    ('Krimpenerwaard', 'GG4506'),
    ('Leiden', 'GG4506'),
    ('Leiderdorp', 'GG4506'),
    ('Lisse', 'GG4506'),
    ('Nieuwkoop', 'GG4506'),
    ('Noordwijk', 'GG4506'),
    ('Oegstgeest', 'GG4506'),
    ('Teylingen', 'GG4506'),
    ('Voorschoten', 'GG4506'),
    ('Waddinxveen', 'GG4506'),
    ('Zoeterwoude', 'GG4506'),
    ('Zuidplas', 'GG4506');

-- GGD Rotterdam-Rijnmond (GG4607): 13 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Albrandswaard', 'GG4607'),
    ('Barendrecht', 'GG4607'),
    ('Capelle aan den IJssel', 'GG4607'),
    ('Goeree-Overflakkee', 'GG4607'),
    ('Krimpen aan den IJssel', 'GG4607'),
    ('Lansingerland', 'GG4607'),
    ('Maassluis', 'GG4607'),
    ('Nissewaard', 'GG4607'),
    ('Ridderkerk', 'GG4607'),
    ('Rotterdam', 'GG4607'),
    ('Schiedam', 'GG4607'),
    ('Vlaardingen', 'GG4607'),
    ('Voorne aan Zee', 'GG4607');

-- Dienst Gezondheid & Jeugd ZHZ (GG4816): 10 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Alblasserdam', 'GG4816'),
    ('Dordrecht', 'GG4816'),
    ('Gorinchem', 'GG4816'),
    ('Hardinxveld-Giessendam', 'GG4816'),
    ('Hendrik-Ido-Ambacht', 'GG4816'),
    ('Hoeksche Waard', 'GG4816'),
    ('Molenlanden', 'GG4816'),
    ('Papendrecht', 'GG4816'),
    ('Sliedrecht', 'GG4816'),
    ('Zwijndrecht', 'GG4816');

-- GGD Zeeland (GG5006): 13 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Borsele', 'GG5006'),
    ('Goes', 'GG5006'),
    ('Hulst', 'GG5006'),
    ('Kapelle', 'GG5006'),
    ('Middelburg', 'GG5006'),
    ('Noord-Beveland', 'GG5006'),
    ('Reimerswaal', 'GG5006'),
    ('Schouwen-Duiveland', 'GG5006'),
    ('Sluis', 'GG5006'),
    ('Terneuzen', 'GG5006'),
    ('Tholen', 'GG5006'),
    ('Veere', 'GG5006'),
    ('Vlissingen', 'GG5006');

-- GGD West-Brabant (GG5206): 16 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Alphen-Chaam', 'GG5206'),
    ('Altena', 'GG5206'),
    ('Baarle-Nassau', 'GG5206'),
    ('Bergen op Zoom', 'GG5206'),
    ('Breda', 'GG5206'),
    ('Drimmelen', 'GG5206'),
    ('Etten-Leur', 'GG5206'),
    ('Geertruidenberg', 'GG5206'),
    ('Halderberge', 'GG5206'),
    ('Moerdijk', 'GG5206'),
    ('Oosterhout', 'GG5206'),
    ('Roosendaal', 'GG5206'),
    ('Rucphen', 'GG5206'),
    ('Steenbergen', 'GG5206'),
    ('Woensdrecht', 'GG5206'),
    ('Zundert', 'GG5206');

-- GGD Hart voor Brabant (GG5406): 19 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Bernheze', 'GG5406'),
    ('Boekel', 'GG5406'),
    ('Boxtel', 'GG5406'),
    ('Dongen', 'GG5406'),
    ('Gilze en Rijen', 'GG5406'),
    ('Goirle', 'GG5406'),
    ('Heusden', 'GG5406'),
    ('Hilvarenbeek', 'GG5406'),
    ('Land van Cuijk', 'GG5406'),
    ('Loon op Zand', 'GG5406'),
    ('Maashorst', 'GG5406'),
    ('Meierijstad', 'GG5406'),
    ('Oisterwijk', 'GG5406'),
    ('Oss', 'GG5406'),
    ('''s-Hertogenbosch', 'GG5406'),
    ('Sint-Michielsgestel', 'GG5406'),
    ('Tilburg', 'GG5406'),
    ('Vught', 'GG5406'),
    ('Waalwijk', 'GG5406');

-- GGD Brabant-Zuidoost (GG5608): 21 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Asten', 'GG5608'),
    ('Bergeijk', 'GG5608'),
    ('Best', 'GG5608'),
    ('Bladel', 'GG5608'),
    ('Cranendonck', 'GG5608'),
    ('Deurne', 'GG5608'),
    ('Eersel', 'GG5608'),
    ('Eindhoven', 'GG5608'),
    ('Geldrop-Mierlo', 'GG5608'),
    ('Gemert-Bakel', 'GG5608'),
    ('Heeze-Leende', 'GG5608'),
    ('Helmond', 'GG5608'),
    ('Laarbeek', 'GG5608'),
    ('Nuenen, Gerwen en Nederwetten', 'GG5608'),
    ('Oirschot', 'GG5608'),
    ('Reusel-De Mierden', 'GG5608'),
    ('Someren', 'GG5608'),
    ('Son en Breugel', 'GG5608'),
    ('Valkenswaard', 'GG5608'),
    ('Veldhoven', 'GG5608'),
    ('Waalre', 'GG5608');

-- GGD Limburg-Noord (GG6011): 15 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Beesel', 'GG6011'),
    ('Bergen (L.)', 'GG6011'),
    ('Echt-Susteren', 'GG6011'),
    ('Gennep', 'GG6011'),
    ('Horst aan de Maas', 'GG6011'),
    ('Leudal', 'GG6011'),
    ('Maasgouw', 'GG6011'),
    ('Mook en Middelaar', 'GG6011'),
    ('Nederweert', 'GG6011'),
    ('Peel en Maas', 'GG6011'),
    ('Roerdalen', 'GG6011'),
    ('Roermond', 'GG6011'),
    ('Venlo', 'GG6011'),
    ('Venray', 'GG6011'),
    ('Weert', 'GG6011');

-- GGD Zuid-Limburg (GG6106): 16 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Beek', 'GG6106'),
    ('Beekdaelen', 'GG6106'),
    ('Brunssum', 'GG6106'),
    ('Eijsden-Margraten', 'GG6106'),
    ('Gulpen-Wittem', 'GG6106'),
    ('Heerlen', 'GG6106'),
    ('Kerkrade', 'GG6106'),
    ('Landgraaf', 'GG6106'),
    ('Maastricht', 'GG6106'),
    ('Meerssen', 'GG6106'),
    ('Simpelveld', 'GG6106'),
    ('Sittard-Geleen', 'GG6106'),
    ('Stein', 'GG6106'),
    ('Vaals', 'GG6106'),
    ('Valkenburg aan de Geul', 'GG6106'),
    ('Voerendaal', 'GG6106');

-- GGD Haaglanden (GG7014): 9 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Delft', 'GG7014'),
    ('Leidschendam-Voorburg', 'GG7014'),
    ('Midden-Delfland', 'GG7014'),
    ('Pijnacker-Nootdorp', 'GG7014'),
    ('Rijswijk', 'GG7014'),
    ('''s-Gravenhage', 'GG7014'),
    ('Wassenaar', 'GG7014'),
    ('Westland', 'GG7014'),
    ('Zoetermeer', 'GG7014');

-- GGD Fryslân (GG7206): 18 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Achtkarspelen', 'GG7206'),
    ('Ameland', 'GG7206'),
    ('Dantumadiel', 'GG7206'),
    ('De Fryske Marren', 'GG7206'),
    ('Harlingen', 'GG7206'),
    ('Heerenveen', 'GG7206'),
    ('Leeuwarden', 'GG7206'),
    ('Noardeast-Fryslân', 'GG7206'),
    ('Ooststellingwerf', 'GG7206'),
    ('Opsterland', 'GG7206'),
    ('Schiermonnikoog', 'GG7206'),
    ('Smallingerland', 'GG7206'),
    ('Súdwest-Fryslân', 'GG7206'),
    ('Terschelling', 'GG7206'),
    ('Tytsjerksteradiel', 'GG7206'),
    ('Vlieland', 'GG7206'),
    ('Waadhoeke', 'GG7206'),
    ('Weststellingwerf', 'GG7206');

-- GGD Zaanstreek/Waterland (GG7306): 7 municipalities
INSERT INTO region_place (name, region_code) VALUES
    ('Edam-Volendam', 'GG7306'),
    ('Landsmeer', 'GG7306'),
    ('Oostzaan', 'GG7306'),
    ('Purmerend', 'GG7306'),
    ('Waterland', 'GG7306'),
    ('Wormerland', 'GG7306'),
    ('Zaanstad', 'GG7306');

-- Other spellings and names of municipalities: CBS StatLine's suffixed names, the usual short or Dutch
-- names, and the English name of The Hague.
INSERT INTO region_place (name, region_code) VALUES
    ('Den Haag', 'GG7014'), -- 's-Gravenhage
    ('The Hague', 'GG7014'), -- 's-Gravenhage
    ('Den Bosch', 'GG5406'), -- 's-Hertogenbosch
    ('Hengelo (O.)', 'GG1106'), -- Hengelo
    ('Beek (L.)', 'GG6106'), -- Beek
    ('Stein (L.)', 'GG6106'), -- Stein
    ('Laren (NH.)', 'GG3606'), -- Laren
    ('Middelburg (Z.)', 'GG5006'), -- Middelburg
    ('Rijswijk (ZH.)', 'GG7014'), -- Rijswijk
    ('Nuenen', 'GG5608'), -- Nuenen, Gerwen en Nederwetten
    ('Alphen a/d Rijn', 'GG4506'), -- Alphen aan den Rijn
    ('Capelle a/d IJssel', 'GG4607'), -- Capelle aan den IJssel
    ('Krimpen a/d IJssel', 'GG4607'), -- Krimpen aan den IJssel
    ('De Friese Meren', 'GG7206'), -- De Fryske Marren
    ('Tietjerksteradeel', 'GG7206'), -- Tytsjerksteradiel
    ('Dantumadeel', 'GG7206'), -- Dantumadiel
    ('Ljouwert', 'GG7206'); -- Leeuwarden

-- Former municipalities merged in 2021-2023, still found in older records.
INSERT INTO region_place (name, region_code) VALUES
    ('Appingedam', 'GG0111'), -- Eemsdelta
    ('Delfzijl', 'GG0111'), -- Eemsdelta
    ('Loppersum', 'GG0111'), -- Eemsdelta
    ('Weesp', 'GG3406'), -- Amsterdam
    ('Heerhugowaard', 'GG2707'), -- Dijk en Waard
    ('Langedijk', 'GG2707'), -- Dijk en Waard
    ('Beemster', 'GG7306'), -- Purmerend
    ('Boxmeer', 'GG5406'), -- Land van Cuijk
    ('Cuijk', 'GG5406'), -- Land van Cuijk
    ('Grave', 'GG5406'), -- Land van Cuijk
    ('Mill en Sint Hubert', 'GG5406'), -- Land van Cuijk
    ('Sint Anthonis', 'GG5406'), -- Land van Cuijk
    ('Landerd', 'GG5406'), -- Maashorst
    ('Uden', 'GG5406'), -- Maashorst
    ('Brielle', 'GG4607'), -- Voorne aan Zee
    ('Hellevoetsluis', 'GG4607'), -- Voorne aan Zee
    ('Westvoorne', 'GG4607'); -- Voorne aan Zee

-- Towns and districts that are not municipalities, with the municipality they belong to.
INSERT INTO region_place (name, region_code) VALUES
    ('Scheveningen', 'GG7014'), -- 's-Gravenhage
    ('Hoofddorp', 'GG3109'), -- Haarlemmermeer
    ('Nieuw-Vennep', 'GG3109'), -- Haarlemmermeer
    ('Zaandam', 'GG7306'), -- Zaanstad
    ('Spijkenisse', 'GG4607'), -- Nissewaard
    ('Emmeloord', 'GG2209'), -- Noordoostpolder
    ('Drachten', 'GG7206'), -- Smallingerland
    ('Sneek', 'GG7206'), -- Súdwest-Fryslân
    ('Hoogezand', 'GG0111'), -- Midden-Groningen
    ('Winschoten', 'GG0111'), -- Oldambt
    ('Veghel', 'GG5406'), -- Meierijstad
    ('Schijndel', 'GG5406'), -- Meierijstad
    ('Sittard', 'GG6106'), -- Sittard-Geleen
    ('Geleen', 'GG6106'), -- Sittard-Geleen
    ('Voorburg', 'GG7014'), -- Leidschendam-Voorburg
    ('Leidschendam', 'GG7014'), -- Leidschendam-Voorburg
    ('Naaldwijk', 'GG7014'), -- Westland
    ('IJmuiden', 'GG3109'), -- Velsen
    ('Bussum', 'GG3606'), -- Gooise Meren
    ('Naarden', 'GG3606'), -- Gooise Meren
    ('Maarssen', 'GG2514'), -- Stichtse Vecht
    ('Nijverdal', 'GG1106'), -- Hellendoorn
    ('Rijssen', 'GG1106'), -- Rijssen-Holten
    ('Volendam', 'GG7306'), -- Edam-Volendam
    ('Oud-Beijerland', 'GG4816'), -- Hoeksche Waard
    ('Rosmalen', 'GG5406'), -- 's-Hertogenbosch
    ('Berkel en Rodenrijs', 'GG4607'), -- Lansingerland
    ('Pijnacker', 'GG7014'), -- Pijnacker-Nootdorp
    ('Nootdorp', 'GG7014'), -- Pijnacker-Nootdorp
    ('Zierikzee', 'GG5006'), -- Schouwen-Duiveland
    ('Dokkum', 'GG7206'), -- Noardeast-Fryslân
    ('Joure', 'GG7206'), -- De Fryske Marren
    ('Franeker', 'GG7206'), -- Waadhoeke
    ('Gemert', 'GG5608'), -- Gemert-Bakel
    ('Huissen', 'GG1911'), -- Lingewaard
    ('Geldermalsen', 'GG2014'), -- West Betuwe
    ('Leerdam', 'GG2514'), -- Vijfheerenlanden
    ('Driebergen-Rijsenburg', 'GG2514'), -- Utrechtse Heuvelrug
    ('Bilthoven', 'GG2514'), -- De Bilt
    ('Mijdrecht', 'GG2514'); -- De Ronde Venen
