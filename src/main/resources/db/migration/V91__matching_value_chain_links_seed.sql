-- The reference set of value-chain links (not demo data: real input–product relations between HS headings
-- that matter for Vietnam–Laos trade). Strength 0.8: the input is the product's main raw material; 0.6: an
-- important input among several. The MoU's three priority sectors (agricultural products, electronics,
-- renewable energy) and the examples named in issue 3 come first.

INSERT INTO matching_value_chain_link (input_prefix, product_prefix, strength, note) VALUES
    ('0714', '1108', 0.80, 'Cassava and other roots and tubers are milled into starch (tapioca)'),
    ('1108', '3505', 0.80, 'Starch is the raw material of dextrins, modified starches and starch glues'),
    ('1005', '2309', 0.80, 'Maize is the main energy ingredient of compound animal feed'),
    ('2304', '2309', 0.60, 'Soya-bean meal is the main protein ingredient of compound animal feed'),
    ('0901', '2101', 0.80, 'Green coffee beans are roasted and extracted into instant coffee'),
    ('121293', '1701', 0.80, 'Sugar cane is crushed into cane sugar'),
    ('4001', '4011', 0.80, 'Natural rubber is the main raw material of pneumatic tyres'),
    ('4001', '4015', 0.60, 'Natural rubber latex is dipped into gloves and other rubber apparel'),
    ('4403', '4407', 0.80, 'Logs are sawn into sawn wood'),
    ('4403', '9403', 0.60, 'Logs are the raw material of wooden furniture, through sawmilling'),
    ('4407', '9403', 0.80, 'Sawn wood is the main raw material of wooden furniture'),
    ('4401', '4703', 0.80, 'Wood chips are pulped into chemical wood pulp'),
    ('4703', '4802', 0.80, 'Chemical wood pulp is made into paper and paperboard'),
    ('5201', '5205', 0.80, 'Raw cotton is spun into cotton yarn'),
    ('3104', '3105', 0.80, 'Potassic fertilisers are blended into compound (NPK) fertilisers'),
    ('2510', '3105', 0.60, 'Natural phosphates are processed into compound (NPK) fertilisers'),
    ('2701', '2716', 0.80, 'Coal fires thermal power stations that generate electricity'),
    ('2603', '7403', 0.60, 'Copper ores and concentrates are smelted and refined into copper'),
    ('2606', '7601', 0.60, 'Bauxite is refined into alumina and smelted into aluminium'),
    ('8541', '8517', 0.60, 'Diodes, transistors and other semiconductor devices go into telephones and network equipment'),
    ('8542', '8517', 0.60, 'Integrated circuits go into telephones and network equipment'),
    ('8542', '8471', 0.60, 'Integrated circuits go into computers'),
    ('8544', '8703', 0.60, 'Wiring harnesses and insulated wire go into motor vehicles'),
    ('8544', '8471', 0.60, 'Insulated wire and cables go into computers');
